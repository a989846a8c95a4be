# seen: Python course "records" before dataclasses (class with __eq__ and __repr__, sorted by attribute)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts, key=lambda p: (p.x, p.y)))
print(Point(1, 2) == Point(1, 2), Point(1, 2) in pts)
