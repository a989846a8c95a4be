# seen: f-string format-spec cheat sheets (alignment, fill, sign, width, precision, thousands, %, e, g, b/o/x)
x = 3.14159
n = 1234567
s = "spark"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}|{x:g}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{-n:+d}")
print(f"{255:b}|{255:o}|{255:x}|{255:#X}|{255:#b}")
print(f"{s:>8}|{s:<8}|{s:^9}|{s:*^11}|{s!r}|{s.upper()!s}")
print(f"{0.256:.1%}|{1/3:.4}|{1e-7:.2e}|{123.0:g}")
print(f"{'left':-<10}{'right':->10}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|")
print(f"{n=}")
