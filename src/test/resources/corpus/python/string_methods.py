# seen: praveen05git/Basic-Programs GroupBySample.py (s[::-1], split("."), reversed(range(len(arr))), end=".")
s = "hello.bello"
print('\n' + s[::-1])
arr = s.split(".")
for i in reversed(range(len(arr))):
    if i == 0:
        print(arr[i])
    else:
        print(arr[i], end=".")
for ele in reversed(arr):
    print(ele, end=".")
print()
print("  Spark  ".strip(), "a,b,,c".split(","), "x".join(["1", "2"]), "Title case".title())
print("spark".startswith("sp"), "spark".find("ar"), "spark".replace("k", "K"), "ab".zfill(5))
print("Hello World".swapcase(), "abc".center(7, "*"), "a1".isalnum(), "12".isdigit())
