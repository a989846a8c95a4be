# seen: Python tutorial "Generators" (yield in a function, generator expressions, next with default)
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(3)))
gen = (x * x for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "done"))
def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]
print(list(chunks(list(range(7)), 3)))
