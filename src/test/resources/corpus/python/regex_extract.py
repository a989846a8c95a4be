# seen: log-parsing tutorials (re.findall, re.sub, re.split, match groups)
import re
line = "2024-03-01 10:00:02 ERROR db connection timeout after 30s"
print(re.findall(r"\d+", line))
m = re.match(r"(\S+) (\S+) (\w+) (.*)", line)
print(m.group(3), m.group(4).split()[0])
print(re.sub(r"\s+", " ", "a   b \t c"))
print(re.split(r"[,;]\s*", "a, b;c"))
print(bool(re.search(r"timeout", line)), re.fullmatch(r"\w+", "abc") is not None)
