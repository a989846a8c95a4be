# seen: beginner Python course (while with break/continue, else on loops, collatz)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
for i in range(2, 10):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        print(i, "is prime")
