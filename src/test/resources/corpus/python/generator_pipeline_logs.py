# seen: zeroam/TIL python/generator_tricks_for_systemprogrammer/redict.py (chained generator expressions parse log lines into dicts)
import re

log_lines = [
    '10.0.0.1 - - [06/Dec/2026:10:00:01] "GET /index.html HTTP/1.1" 200 512',
    '10.0.0.2 - - [06/Dec/2026:10:00:02] "GET /missing HTTP/1.1" 404 0',
    'garbage line',
    '10.0.0.1 - - [06/Dec/2026:10:00:05] "POST /api HTTP/1.1" 201 64',
]
pattern = re.compile(r'(\S+) (\S+) (\S+) \[(.*?)\] "(\S+) (\S+) (\S+)" (\S+) (\S+)')
columns = ("host", "ident", "user", "when", "method", "path", "protocol", "status", "size")

matches = (pattern.match(line) for line in log_lines)
rows = (m.groups() for m in matches if m)
records = (dict(zip(columns, row)) for row in rows)
first = next(records)
print(first["host"], first["path"], first["status"])
remaining = list(records)
print(len(remaining), [r["status"] for r in remaining])
print(sum(int(r["size"]) for r in [first] + remaining))
print(any(r["status"].startswith("4") for r in remaining))
