# seen: rebornwwp/LLL python/Expert-Python/fib.py (an endless fib() generator cut with itertools.islice)
import itertools


def fibonacci():
    current, following = 0, 1
    while True:
        yield current
        current, following = following, current + following


print(list(itertools.islice(fibonacci(), 12)))
evens = (n for n in fibonacci() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
for index, value in enumerate(fibonacci()):
    if value > 100:
        print("first above 100:", value, "at", index)
        break
print(sum(itertools.takewhile(lambda n: n < 1000, fibonacci())))
