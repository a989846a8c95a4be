package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.Budget;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Generators run their body only as far as the next item asked for, as CPython 3.11 runs them. */
class LazyGeneratorsTest {

    private static final String NATURALS = """
            def naturals():
                n = 0
                while True:
                    yield n
                    n += 1
            """;

    @Test
    void anEndlessGeneratorFeedsIsliceNextAndABrokenForLoop() {
        assertThat(PythonRunner.lines(NATURALS + """
                import itertools
                print(list(itertools.islice(naturals(), 5)))
                print(list(itertools.islice(naturals(), 2, 9, 3)))
                g = naturals()
                print(next(g), next(g), next(g))
                for x in naturals():
                    if x > 2:
                        break
                    print("x", x)
                """)).containsExactly("[0, 1, 2, 3, 4]", "[2, 5, 8]", "0 1 2", "x 0", "x 1", "x 2");
    }

    @Test
    void theBodyRunsBetweenItemsInTheConsumersOrder() {
        assertThat(PythonRunner.lines("""
                def noisy():
                    print("start")
                    yield 1
                    print("middle")
                    yield 2
                    print("end")
                g = noisy()
                print("created")
                for v in g:
                    print("got", v)
                """)).containsExactly("created", "start", "got 1", "middle", "got 2", "end");
    }

    @Test
    void anyAllAndSumStopTakingItemsAsSoonAsTheyKnow() {
        assertThat(PythonRunner.lines("""
                def items(n):
                    for i in range(n):
                        print("gen", i)
                        yield i
                print(any(v > 1 for v in items(10)))
                print(all(v < 1 for v in items(10)))
                print(sum(x * x for x in range(5)))
                """)).containsExactly("gen 0", "gen 1", "gen 2", "True", "gen 0", "gen 1", "False", "30");
    }

    @Test
    void nextWithADefaultAndStopIterationAfterAReturn() {
        assertThat(PythonRunner.lines("""
                def two():
                    yield 1
                    yield 2
                    return "done"
                g = two()
                print(next(g), next(g), next(g, "default"))
                try:
                    next(g)
                except StopIteration:
                    print("stopped")
                def inner():
                    yield "a"
                    return 42
                def outer():
                    result = yield from inner()
                    yield result
                    yield from range(2)
                print(list(outer()))
                """)).containsExactly("1 2 default", "stopped", "['a', 42, 0, 1]");
    }

    @Test
    void sendResumesThePausedYieldWithAValue() {
        assertThat(PythonRunner.lines("""
                def running_total():
                    total = 0
                    while True:
                        value = yield total
                        if value is None:
                            break
                        total += value
                acc = running_total()
                print(next(acc), acc.send(5), acc.send(10))
                try:
                    running_total().send(1)
                except TypeError as e:
                    print(e)
                """)).containsExactly("0 5 15", "can't send non-None value to a just-started generator");
    }

    @Test
    void exceptionsAndFinallyInsideAGeneratorFollowCPython() {
        assertThat(PythonRunner.lines("""
                def guarded():
                    try:
                        yield 1
                        raise ValueError("bad")
                    except ValueError as e:
                        yield str(e)
                    finally:
                        print("finally")
                print(list(guarded()))
                def leaks():
                    yield 1
                    raise StopIteration
                try:
                    list(leaks())
                except RuntimeError as e:
                    print("RuntimeError:", e)
                """)).containsExactly("finally", "[1, 'bad']", "RuntimeError: generator raised StopIteration");
    }

    @Test
    void generatorExpressionsAreLazyAndPrintAsGenerators() {
        assertThat(PythonRunner.lines(NATURALS + """
                import itertools
                squares = (n * n for n in naturals())
                print(next(squares), next(squares), next(squares))
                print(list(itertools.takewhile(lambda s: s < 30, squares)))
                print(type(naturals()).__name__, repr(naturals()).startswith("<generator object naturals at 0x"))
                print(repr(x for x in []).startswith("<generator object <genexpr> at 0x"))
                print([(a, b) for a, b in zip("abc", naturals())])
                """)).containsExactly("0 1 4", "[9, 16, 25]", "generator True", "True",
                "[('a', 0), ('b', 1), ('c', 2)]");
    }

    @Test
    void consumingAnEndlessGeneratorIsStoppedByTheStepBudget() {
        PythonRunner run = PythonRunner.run(NATURALS + "print(sum(naturals()))\n", new Budget(100_000, 1_000,
                Budget.DEFAULT_OUTPUT_BYTES));
        assertThat(run.error).isNotNull();
        assertThat(run.error.message(Locale.ENGLISH)).contains("naturals").contains("steps");
        assertThat(run.error.position().line()).isEqualTo(3);
    }

    @Test
    void aYieldInsideAnExpressionIsRefusedWithAPlaceToPutIt() {
        assertThat(PythonRunner.error("def f():\n    print((yield 1))\nf()\n"))
                .contains("put it on a line of its own");
    }
}
