package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** namedtuple, dataclass, OrderedDict and JSONDecodeError behave as in CPython 3.11 (outputs checked with python3). */
class RecordTypesTest {

    @Test
    void aNamedtupleIsATupleWithNamedFields() {
        assertThat(PythonRunner.lines("""
                from collections import namedtuple
                Point = namedtuple("Point", "x y")
                Event = namedtuple("Event", ["kind", "user", "n"], defaults=[1])
                p = Point(1, y=2)
                print(p, p.x, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
                x, y = p
                print(x + y, p._asdict(), Point._fields, p._replace(x=9), p + (3,))
                e = Event("click", "ann")
                print(e, isinstance(e, tuple), type(e).__name__, sorted([Point(2, 1), Point(1, 5)]))
                try:
                    Point(1)
                except TypeError as err:
                    print(err)
                """)).containsExactly("Point(x=1, y=2) 1 2 2 True True",
                "3 {'x': 1, 'y': 2} ('x', 'y') Point(x=9, y=2) (1, 2, 3)",
                "Event(kind='click', user='ann', n=1) True Event [Point(x=1, y=5), Point(x=2, y=1)]",
                "Point.__new__() missing 1 required positional argument: 'y'");
    }

    @Test
    void aDataclassGetsInitReprEqAndOrdering() {
        assertThat(PythonRunner.lines("""
                from dataclasses import dataclass, field, asdict
                @dataclass
                class Point:
                    x: int
                    y: int = 0
                @dataclass(order=True)
                class Version:
                    major: int
                    minor: int = 0
                    tags: list = field(default_factory=list)
                @dataclass
                class Point3(Point):
                    z: int = 5
                print(Point(1), Point(1, 2) == Point(1, 2), Point(1) == Point(2))
                print(sorted([Version(2, 1), Version(1, 5)]), Version(1) < Version(1, 1))
                a = Version(1)
                a.tags.append("x")
                print(a.tags, Version(1).tags, Point3(1, 2), asdict(Point3(1)))
                """)).containsExactly("Point(x=1, y=0) True False",
                "[Version(major=1, minor=5, tags=[]), Version(major=2, minor=1, tags=[])] True",
                "['x'] [] Point3(x=1, y=2, z=5) {'x': 1, 'y': 0, 'z': 5}");
    }

    @Test
    void aFrozenDataclassRefusesAssignmentAndSetattrRunsOnEveryAssignment() {
        assertThat(PythonRunner.lines("""
                from dataclasses import dataclass, FrozenInstanceError
                @dataclass(frozen=True)
                class Point:
                    x: int
                    y: int = 0
                p = Point(1, 2)
                try:
                    p.x = 5
                except FrozenInstanceError as e:
                    print("frozen:", e, isinstance(e, AttributeError))
                class Logged:
                    def __init__(self):
                        self.log = []
                    def __setattr__(self, name, value):
                        if name != "log":
                            self.log.append(name)
                        super().__setattr__(name, value)
                item = Logged()
                item.a = 1
                item.b = 2
                print(p, item.log, item.a + item.b)
                """)).containsExactly("frozen: cannot assign to field 'x' True", "Point(x=1, y=2) ['a', 'b'] 3");
    }

    @Test
    void orderedDictMovesKeysToEitherEnd() {
        assertThat(PythonRunner.lines("""
                from collections import OrderedDict
                d = OrderedDict(a=1, b=2, c=3)
                d.move_to_end("a")
                d.move_to_end("c", last=False)
                print(d, d.popitem(last=False), d.popitem())
                """)).containsExactly("OrderedDict([('b', 2)]) ('c', 3) ('a', 1)");
    }

    @Test
    void aJsonDecodeErrorCarriesMsgPosLinenoAndColno() {
        assertThat(PythonRunner.lines("""
                import json
                try:
                    json.loads('{"a": 1,\\n "b": }')
                except json.JSONDecodeError as e:
                    print(e.msg, e.pos, e.lineno, e.colno)
                    print(e)
                """)).containsExactly("Expecting value 15 2 7", "Expecting value: line 2 column 7 (char 15)");
    }

    @Test
    void programClassesEqualityAndOrderComeFromTheirDunderMethods() {
        assertThat(PythonRunner.lines("""
                class P:
                    def __init__(self, v):
                        self.v = v
                    def __eq__(self, other):
                        if not isinstance(other, P):
                            return NotImplemented
                        return self.v == other.v
                    def __lt__(self, other):
                        return self.v < other.v
                print(P(1) == P(1), P(1) in [P(2), P(1)], P(1) == 1, [p.v for p in sorted([P(3), P(1), P(2)])])
                print(list(zip("ab", [1, 2], strict=True)), ["a", "b", "a"].index("a", 1))
                try:
                    list(zip("abc", [1], strict=True))
                except ValueError as e:
                    print(e)
                """)).containsExactly("True True False [1, 2, 3]", "[('a', 1), ('b', 2)] 2",
                "zip() argument 2 is shorter than argument 1");
    }
}
