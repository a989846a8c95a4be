# seen: Python tutorial "Errors and Exceptions" (try/except/else/finally, raise ValueError, custom exception)
class ParseError(Exception):
    pass

def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e
    else:
        return n
    finally:
        print("tried", s)

for s in ["12", "x"]:
    try:
        print(parse(s))
    except ParseError as e:
        print("error:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
