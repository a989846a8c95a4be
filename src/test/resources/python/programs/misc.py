import json, re, sys
print(json.loads('{"a": [1, 2.5, null, true, "x\\u00e9"]}'), json.dumps({"a": [1, 2.5, None, True, "é"]}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2))
print(json.dumps([1, "x"], separators=(",", ":")), json.dumps("日本", ensure_ascii=False), json.dumps((1, 2)))
for bad in ['', '[1,]', '{"a" 1}', '[1] x', '"abc', "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
print(re.sub(r"[^\w\s]", "", "Hello, World! It's 5."), re.split(r"\s+", "a  b \t c"), re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2"), re.split(r"(,)", "a,b"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"))
m = re.search(r"(?P<word>\w+) (\d+)", "x hello 42 y")
print(m.group(), m.group(1), m.group("word"), m.groups(), m.start(), m.span(2), re.match(r"\d", "a"))
pat = re.compile(r"o", re.IGNORECASE)
print(pat.findall("fOo"), pat.sub("0", "Foo"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(sys.maxsize, len(sys.argv))
from datetime import datetime, timedelta
t = datetime(2024, 5, 1, 12, 0, 1)
print(t, repr(t), t + timedelta(seconds=9), t - datetime(2024, 5, 1), t.strftime("%H:%M:%S"), t.isoformat(), t.year)
print(timedelta(days=1, hours=2), timedelta(seconds=-10), timedelta(minutes=1.5).total_seconds())
import string
print(string.punctuation, "Hi, there!".translate if False else "".join(ch for ch in "Hi, there!" if ch not in string.punctuation))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(print("inner"), end="!\n")
print("a", "b", sep="-", end=".\n")
print(*[1, 2, 3])
print(hash(1), hash("") , hash((1, 2)) == hash((1, 2)), hash(-1))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["ab", "c"])), str(None), str(1))
print(ValueError("x"), repr(ValueError("x", 2)), KeyError("k"), str(KeyError("k")))
print([i for i in range(3)] == list(range(3)), (1, 2) == [1, 2], {1: 2} == {1: 2.0}, 0.1 + 0.2 == 0.3)
