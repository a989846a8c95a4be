# seen: itertools tutorial notebook (chain, islice, accumulate, combinations, permutations, product)
import itertools
import operator
print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(range(20), 2, 12, 3)))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.product("ab", [0, 1])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
