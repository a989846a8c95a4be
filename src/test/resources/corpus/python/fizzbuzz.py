# seen: FizzBuzz in Python (classic warm-up, join of a generator)
def fizzbuzz(i):
    if i % 15 == 0:
        return "FizzBuzz"
    if i % 3 == 0:
        return "Fizz"
    if i % 5 == 0:
        return "Buzz"
    return str(i)

print(" ".join(fizzbuzz(i) for i in range(1, 16)))
