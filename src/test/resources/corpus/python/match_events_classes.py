# seen: sajjadGG/book-python intermediate/match/about.rst (class, mapping and OR patterns on structured data)
from dataclasses import dataclass


@dataclass
class Click:
    x: int
    y: int
    button: str = "left"


@dataclass
class Key:
    char: str


def handle(event):
    match event:
        case Click(x=0, y=0):
            return "corner click"
        case Click(x, y, button="right"):
            return f"context menu at {x},{y}"
        case Click(x, y):
            return f"click at {x},{y}"
        case Key(char="q") | Key(char="Q"):
            return "quit key"
        case Key(c):
            return f"typed {c}"
        case {"type": "scroll", "delta": int(delta)} if delta < 0:
            return f"scroll up {-delta}"
        case {"type": "scroll", "delta": delta, **rest}:
            return f"scroll down {delta} {rest}"
        case _:
            return f"ignored {event!r}"


events = [Click(0, 0), Click(3, 4, "right"), Click(5, 6), Key("Q"), Key("a"),
          {"type": "scroll", "delta": -2}, {"type": "scroll", "delta": 3, "source": "wheel"}, 42]
for event in events:
    print(handle(event))
