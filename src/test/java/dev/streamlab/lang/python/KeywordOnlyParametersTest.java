package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parameters after a bare {@code *} are keyword-only, as in CPython. */
class KeywordOnlyParametersTest {

    @Test
    void parametersAfterABareStarTakeKeywordsOnly() {
        assertThat(PythonRunner.lines("""
                def f(a, *, b=2, c):
                    return a + b + c
                print(f(1, c=3), f(1, b=5, c=1))
                g = lambda x, *, y: x * y
                print(g(2, y=4))
                try:
                    f(1, 2, 3)
                except TypeError:
                    print("positional refused")
                """)).containsExactly("6 7", "8", "positional refused");
    }

    @Test
    void aBareStarNeedsNamedParametersAfterIt() {
        assertThat(PythonRunner.error("def f(a, *):\n    pass\n")).contains("named arguments must follow bare *");
    }
}
