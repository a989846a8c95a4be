# seen: beginner exercise "matrix multiply with lists" (nested loops, zip(*m) transpose)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
product = [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(product)
print([list(r) for r in zip(*a)])
print(max(max(r) for r in product))
