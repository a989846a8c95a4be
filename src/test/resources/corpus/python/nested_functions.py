# seen: Python closures tutorial (make_counter with nonlocal, function returning function)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c()
c()
print(c())
def multiplier(n):
    return lambda x: x * n
print(multiplier(3)(7), [multiplier(i)(2) for i in range(3)])
