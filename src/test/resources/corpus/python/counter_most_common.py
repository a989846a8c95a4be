# seen: hvitoi/tech-docs language/python/modules/collections/Counter.py (Counter of a list, most_common)
import collections
c = collections.Counter(["a", "a", "z", "z", "z"])
print(c)
print(c.most_common())
print(c.most_common(1)[0][0])
