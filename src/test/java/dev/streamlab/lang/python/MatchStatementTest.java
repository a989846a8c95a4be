package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The match statement and assignment expressions run as CPython 3.11 runs them (outputs checked with python3). */
class MatchStatementTest {

    @Test
    void literalCaptureWildcardAlternativesAndGuards() {
        assertThat(PythonRunner.lines("""
                def http(status):
                    match status:
                        case 200 | 201:
                            return "ok"
                        case 404:
                            return "not found"
                        case int(code) if code >= 500:
                            return f"server error {code}"
                        case _:
                            return "other"
                print([http(s) for s in (200, 201, 404, 503, 302)])
                match 7:
                    case 1:
                        print("one")
                print("no case matched, nothing ran")
                match = 3
                print(match)
                """)).containsExactly("['ok', 'ok', 'not found', 'server error 503', 'other']",
                "no case matched, nothing ran", "3");
    }

    @Test
    void sequenceMappingAndClassPatternsBindTheirParts() {
        assertThat(PythonRunner.lines("""
                class Point:
                    __match_args__ = ("x", "y")
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def where(p):
                    match p:
                        case Point(0, 0):
                            return "origin"
                        case Point(x=0, y=yy):
                            return f"on y at {yy}"
                        case Point(x, 0):
                            return f"on x at {x}"
                        case [x, y, *rest]:
                            return f"seq {x} {y} {rest}"
                        case {"kind": "circle", "r": r, **others}:
                            return f"circle {r} {others}"
                        case str() as s:
                            return "string " + s
                        case (a, b):
                            return f"pair {a} {b}"
                        case None:
                            return "none"
                        case True:
                            return "true"
                    return "nothing"
                print(where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)))
                print(where([1, 2, 3, 4]), where((1, 2)), where({"kind": "circle", "r": 2, "c": "red"}))
                print(where("hey"), where(None), where(True), where(1))
                match "go north".split():
                    case ["go", direction]:
                        print("going", direction)
                """)).containsExactly("origin on y at 5 on x at 3",
                "seq 1 2 [3, 4] seq 1 2 [] circle 2 {'c': 'red'}", "string hey none true nothing", "going north");
    }

    @Test
    void walrusBindsInTheEnclosingScopeEvenFromAComprehension() {
        assertThat(PythonRunner.lines("""
                data = [1, 2, 3, 4, 5]
                if (n := len(data)) > 3:
                    print(f"long list ({n} items)")
                vals = [y for x in data if (y := x * x) > 4]
                print(vals, y)
                i = 0
                while (i := i + 1) < 3:
                    print("i", i)
                print((z := 10) + z)
                """)).containsExactly("long list (5 items)", "[9, 16, 25] 25", "i 1", "i 2", "20");
    }
}
