# seen: praveen05git/Basic-Programs GroupBySample.py ("arr {},{}".format(a, b)) and str.format tutorials
a = 10
b = 20
print("arr {},{}".format(a, b))
print("{1} {0}".format("world", "hello"))
print("{name} is {age} years old".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%-5s|%5d|%x" % ("ab", 42, 255))
