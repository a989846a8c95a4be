def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def gen(n):
    for i in range(n):
        if i % 2:
            yield i

def kw(a, b=2, *args, c=3, **kwargs):
    return (a, b, args, c, kwargs)

print(fib(10), fib(90), list(gen(7)), kw(1), kw(1, 5, 6, 7, c=8, d=9))
total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
    total += i
else:
    total = -1
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while-else", n)
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    return inner()
print(outer())
adders = [lambda y, i=i: y + i for i in range(3)]
print([f(10) for f in adders])
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    [][1]
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
try:
    1 / 0
except Exception as e:
    print("caught", e)
finally:
    print("finally")
try:
    raise ValueError("custom %d" % 5)
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    None.split()
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    import json
    json.loads("{bad")
except json.JSONDecodeError as e:
    print("JSON:", e)
def check(v):
    try:
        return int(v)
    except ValueError:
        return None
    finally:
        pass
print(check("5"), check("x"))
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.count, isinstance(p, Point))
value = 5
print("big" if value > 3 else "small", value > 3 and "yes" or "no", not value)
if __name__ == "__main__":
    print("main")
assert True, "never"
try:
    assert 1 == 2, "boom"
except AssertionError as e:
    print("assert", e)
class Word:
    def __init__(self, text, n):
        self.text = text
        self.n = n
    def __repr__(self):
        return "Word(%r, %d)" % (self.text, self.n)
    def __str__(self):
        return self.text + "x" + str(self.n)
w = Word("a", 2)
print(w, [w], str(w), repr(w), f"{w}")
with_ = [i for i in range(3)]
print(with_, ...)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(4)), list(squares(3)), [x for x in squares(3) if x])
g = (i for i in range(3))
print(next(g), list(g))
class MyError(ValueError):
    pass
try:
    raise MyError("boom", 2)
except ValueError as e:
    print(type(e), repr(e), e, isinstance(e, MyError), isinstance(e, ValueError), ValueError, KeyError("x"))
words = ["a"]
try:
    print(wrods)
except NameError as e:
    print(e, e.args)
try:
    "x".splt()
except AttributeError as e:
    print(e)
