# seen: Python 3.10 what's new (zip(strict=True)) and builtins tutorials (enumerate with start)
names = ["ann", "bob", "cy"]
scores = [90, 75, 82]
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(zip(names, scores, strict=True)))
try:
    list(zip(names, [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(names, scores)))
print(list(enumerate("ab")))
