# seen: math module tutorials (sqrt, floor, ceil, gcd, pi, isclose, log, factorial)
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18))
print(round(math.pi, 4), math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.factorial(10))
print(math.inf > 10**100, math.hypot(3, 4), math.log10(1000), math.pow(2, 10))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2))
