print({3, 1, 2}, {10, 2, 33, 4, 100, 7}, set(range(20, 0, -1)), {-1, -2, 0, 1})
print({"b", "a", "c"}, set("hello world"), {"spark", "streaming", "python", "word", "count"})
print({1.5, 2.5, 0.5}, {(1, 2), (0, 1)}, {True, 2})
s = set()
for i in [64, 8, 16, 1, 9, 17, 33, 0, 100, 1000, 7, 15]:
    s.add(i)
print(s)
s.discard(8)
s.add(72)
print(s, len(s), 72 in s, 8 in s)
big = set(range(0, 300, 7))
print(big)
a = {1, 2, 3, 40, 50}
b = {3, 4, 50, 60}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([9, 8]), a.intersection(range(3)), a.difference([1]), a.symmetric_difference({1, 99}))
words = "to be or not to be that is the question".split()
print(set(words), sorted(set(words)), {w[0] for w in words}, set({"k": 1, "j": 2}))
c = a.copy()
c.update({7, 8}, [9])
print(c, set(c), frozenset([3, 2, 1]))
print({x * x for x in range(-3, 4)}, list({5, 3, 5, 1}), [x for x in {"x", "y", "z"}])
t = {2 ** 62, 2 ** 61, -7, 12345678901234567890}
print(t)
