# seen: functional-Python tutorials (map/filter with lambda, list(), any/all, sum with generator)
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * 2, nums)))
print(list(filter(lambda x: x % 2 == 0, nums)))
print(any(n > 5 for n in nums), all(n > 0 for n in nums))
print(sum(map(int, "1 2 3".split())))
pairs = list(map(lambda w: (w, len(w)), ["spark", "py"]))
print(pairs)
