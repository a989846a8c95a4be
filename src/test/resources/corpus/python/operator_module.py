# seen: PySpark examples importing operator.add and itemgetter for sorting tuples
from operator import add, itemgetter, mul
from functools import reduce
pairs = [("b", 2), ("a", 5), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)))
print(max(pairs, key=itemgetter(1))[0])
print(reduce(add, [1, 2, 3]), reduce(mul, range(1, 6)))
print(list(map(add, [1, 2], [10, 20])))
