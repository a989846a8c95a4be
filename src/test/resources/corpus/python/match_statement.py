# seen: Python 3.10 tutorial "match Statements" (literal, tuple and class patterns, guards)
def http_error(status):
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403:
            return "Not allowed"
        case _:
            return "Something's wrong"

def where(point):
    match point:
        case (0, 0):
            return "Origin"
        case (0, y):
            return f"Y={y}"
        case (x, 0) if x > 0:
            return f"positive X={x}"
        case _:
            return "elsewhere"

print(http_error(404), http_error(403), http_error(500))
print(where((0, 0)), where((0, 5)), where((3, 0)), where((1, 1)))
