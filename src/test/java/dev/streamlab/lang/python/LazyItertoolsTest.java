package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The itertools that CPython documents as taking any iterable take items only as they are asked for. */
class LazyItertoolsTest {

    @Test
    void itertoolsFedByAnEndlessGeneratorStopWhereTheirConsumerStops() {
        assertThat(PythonRunner.lines("""
                import itertools
                def nat():
                    n = 0
                    while True:
                        yield n
                        n += 1
                print(list(itertools.takewhile(lambda x: x < 5, nat())))
                print(list(itertools.islice(itertools.dropwhile(lambda x: x < 5, nat()), 3)))
                print(list(itertools.islice(itertools.accumulate(nat()), 5)))
                print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.accumulate([], initial=1)))
                print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)))
                print(list(itertools.islice(itertools.filterfalse(lambda x: x % 2, nat()), 3)))
                print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.starmap(pow, [(2, 3)])))
                """)).containsExactly("[0, 1, 2, 3, 4]", "[5, 6, 7]", "[0, 1, 3, 6, 10]", "[10, 11, 13, 16] [1]",
                "['a', 'b', 'a', 'b', 'a'] [7, 7, 7]", "[0, 2, 4]", "['a', 'c', 'e'] [8]");
    }

    @Test
    void isliceConsumesUpToItsStopAsCPythonDoes() {
        assertThat(PythonRunner.lines("""
                import itertools
                def noisy():
                    for i in range(10):
                        print("made", i)
                        yield i
                print(list(itertools.islice(noisy(), 0, 3, 2)))
                """)).containsExactly("made 0", "made 1", "made 2", "[0, 2]");
    }

    @Test
    void hasattrIssubclassAndPatternPositionsAnswerAsCPython() {
        assertThat(PythonRunner.lines("""
                import re
                class A:
                    def __init__(self):
                        self.y = None
                class B(A):
                    pass
                print(hasattr(B(), "y"), hasattr(B(), "z"), hasattr("s", "upper"), issubclass(B, A), issubclass(A, B))
                pattern = re.compile(r"id=(\\d+)")
                print(pattern.search("id=7 id=9", 3).group(1), pattern.match("xid=5", 1).group(1))
                """)).containsExactly("True False True True False", "9 5");
    }
}
