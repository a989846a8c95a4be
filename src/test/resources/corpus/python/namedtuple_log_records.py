# seen: AndrewHrabrov/ProcessLogs pract3.2.py (regex groups of access-log lines turned into a collections.namedtuple Log)
import re
from collections import namedtuple

Log = namedtuple("Log", ["address", "request", "status", "size"])
lines = [
    '10.0.0.1 "GET /index.html" 200 512',
    '10.0.0.2 "GET /missing" 404 0',
    '10.0.0.1 "POST /api" 201 64',
]
logs = []
for line in lines:
    match = re.match(r'(\S+) "(.*?)" (\d+) (\d+)', line)
    if match:
        address, request, status, size = match.groups()
        logs.append(Log(address, request, int(status), int(size)))

for log in logs:
    print(log)
print(logs[0].request, logs[1][2], len(logs[2]))
errors = [log._replace(status=500) for log in logs if log.status >= 400]
print(errors, errors[0]._asdict())
by_size = sorted(logs, key=lambda log: log.size, reverse=True)
print([log.address for log in by_size], Log._fields)
address, *_, size = logs[0]
print(address, size, logs[0] == ("10.0.0.1", "GET /index.html", 200, 512))
