# seen: Python tutorial "List Comprehensions" (squares, pairs with condition, nested flatten, matrix transpose)
squares = [x**2 for x in range(10)]
print(squares)
print([(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y])
vec = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([num for elem in vec for num in elem])
print([[row[i] for row in vec] for i in range(3)])
print({x: x * x for x in range(4)})
print({c for c in "mississippi"} == set("misp"))
print(sum(x for x in range(101) if x % 3 == 0))
