# seen: Python docs itertools recipes (takewhile, dropwhile, filterfalse, compress, starmap, pairwise)
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, pairwise
nums = [1, 4, 6, 4, 1]
print(list(takewhile(lambda x: x < 5, nums)))
print(list(dropwhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])))
print(list(pairwise("ABCD")))
