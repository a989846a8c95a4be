package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Library forms the coverage corpus found missing in the Python dialect; expected lines are what python3 printed. */
class PythonLibraryGapsTest {

    private static PythonRunner run(String source) {
        PythonRunner runner = PythonRunner.run(source);
        assertThat(runner.error).as("error").isNull();
        return runner;
    }

    @Test
    void counterArithmeticKeepsPositiveCountsInCPythonsOrder() {
        assertThat(run("""
                from collections import Counter
                a = Counter("aab")
                b = Counter("abc")
                print(a + b, a - b, a & b, a | b)
                print(sorted(a.elements()), a.total())
                a.subtract("aaz")
                print(a)
                """).out).containsExactly(
                "Counter({'a': 3, 'b': 2, 'c': 1}) Counter({'a': 1}) Counter({'a': 1, 'b': 1}) "
                        + "Counter({'a': 2, 'b': 1, 'c': 1})",
                "['a', 'a', 'b'] 3",
                "Counter({'b': 1, 'a': 0, 'z': -1})");
    }
}
