# seen: Python 3.8+ tutorials (assignment expressions in while/comprehensions, conditional expressions)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list of {n}")
print([y for x in data if (y := x * 2) > 6])
print("even" if sum(data) % 2 == 0 else "odd")
