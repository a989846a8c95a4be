# seen: Python tutorial "Tuples and Sequences" and star-unpacking examples
t = 12345, 54321, 'hello!'
print(t[0], t)
x, y, z = t
print(z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, b = 1, 2
a, b = b, a
print(a, b)
print(tuple(sorted((3, 1, 2))), (1,) * 3)
