# seen: tanishjain09/Core_Python SomeImportantTopics/walrusoperator.py (while (n := len(numbers)) > 0, assignment expressions in loops)
import re

numbers = [4, 8, 15, 16, 23, 42]
while (n := len(numbers)) > 3:
    print(f"{n} left, popped {numbers.pop()}")

text = "id=7 name=ann id=9 name=bob"
position = 0
pattern = re.compile(r"id=(\d+)")
while (found := pattern.search(text, position)) is not None:
    print("id", found.group(1), "at", found.start())
    position = found.end()

readings = [3, 12, 7, 25, 9]
scaled = [y for x in readings if (y := x * 10) > 50]
print(scaled, y)
print(last if (last := readings[-1]) > 5 else 0)
