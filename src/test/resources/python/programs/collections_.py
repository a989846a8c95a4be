xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::-1], xs[::2])
xs.remove(3)
print(xs.pop(), xs.pop(0), xs, xs.index(2), xs.count(2))
xs.sort()
print(xs, sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
xs.reverse()
print(xs, list(reversed([1, 2, 3])), [1, 2] + [3], [0] * 3, 2 in [1, 2])
pairs = [("a", 2), ("b", 1), ("c", 2)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d, d.setdefault("q", 9), d, "b" in d, len(d))
d.update({"b": 20}, x=1)
print(d, {k: v for k, v in d.items() if v > 2}, dict(a=1, b=2), dict([("x", 1)]))
del d["b"]
print(d, sorted(d), {1: "a", 1.0: "b"}, {True: 1, 1: 2})
s = {3, 1, 2}
s.add(4)
s.discard(10)
print(sorted(s), 1 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, set(), len(s))
t = (1, 2, 3)
a, b, c = t
first, *rest = [1, 2, 3, 4]
print(t, a + b + c, first, rest, t[1:], t.count(1), t.index(3), (1,) + (2,), tuple([1, 2]))
print([x * x for x in range(5) if x % 2 == 0], {x % 3 for x in range(10)}, [(i, j) for i in range(2) for j in range(2)])
print(list(zip([1, 2, 3], "ab")), list(enumerate("ab", 1)), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(any([0, 1]), all([]), all([1, 0]), list(range(0, 10, 3)), list(range(5, 0, -2)), range(3), len(range(10)))
from collections import Counter, defaultdict
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"])
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dd, dict(dd), defaultdict(int))
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
import operator
print(reduce(operator.add, [1, 2, 3]), operator.itemgetter(1)(("a", "b")), sorted(pairs, key=operator.itemgetter(1)))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0], [[0] * 2 for _ in range(2)])
print(list(d), list("abc"), list((1, 2)), list({"k": 1}), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
loop = [1]
loop.append(loop)
me = {"k": 1}
me["self"] = me
print(loop, me, [loop, loop])
