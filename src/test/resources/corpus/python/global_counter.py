# seen: beginner scripts with a module-level counter updated through global in a function
total = 0

def add(n):
    global total
    total += n
    return total

for n in [3, 4, 5]:
    add(n)
print(total)
