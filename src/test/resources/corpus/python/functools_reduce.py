# seen: functools tutorials (reduce with lambda and initial, partial, lru_cache on fibonacci)
from functools import reduce, partial, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
int2 = partial(int, base=2)
print(int2("1010"))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
