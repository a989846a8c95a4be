package dev.streamlab.lang.scala;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScalaSandboxTest {

    @Test
    void endlessLoopStopsWithTheFunctionAndLineNamed() {
        assertThatThrownBy(() -> ScalaRunner.run("""
                object Main {
                  def spin(): Unit = {
                    while (true) {}
                  }
                  def main(args: Array[String]): Unit = spin()
                }
                """, new Budget(1_000_000, 1000, 1_000_000)))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.key()).isEqualTo("lang.budget.stepsSetup");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                            "your function spin at line 3 ran more than 1,000,000 steps before the first batch \u2014 an endless loop?");
                    assertThat(e.position().line()).isEqualTo(3);
                });
    }

    @Test
    void deepRecursionIsACleanError() {
        assertThatThrownBy(() -> ScalaRunner.lines("def down(n: Int): Int = down(n + 1)\nprintln(down(0))"))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.budget.depth"));
    }

    @Test
    void aStringDoubledFortyTimesIsStopped() {
        assertThatThrownBy(() -> ScalaRunner.lines("var s = \"ab\"\nfor (i <- 1 to 40) s = s + s\nprintln(s.length)"))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.budget.size"));
    }

    @Test
    void outputIsLimited() {
        assertThatThrownBy(() -> ScalaRunner.run("object Main extends App { while (true) println(\"spam\") }",
                new Budget(Long.MAX_VALUE, 1000, 10_000)))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.budget.output"));
    }

    @Test
    void systemExitEndsTheProgramNotTheJvm() {
        ScalaRunner run = ScalaRunner.run("""
                object Main {
                  def main(args: Array[String]): Unit = {
                    if (args.length < 2) {
                      System.err.println("Usage: Main <host> <port>")
                      System.exit(1)
                    }
                    println("unreachable")
                  }
                }
                """);
        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).containsExactly("Usage: Main <host> <port>");
        assertThat(run.out).isEmpty();
    }

    @Test
    void budgetExceededCannotBeCaughtByTheProgram() {
        assertThatThrownBy(() -> ScalaRunner.run("""
                object Main extends App {
                  try { while (true) {} } catch { case e: Throwable => println("caught") }
                }
                """, new Budget(10_000, 1000, 1_000_000)))
                .isInstanceOf(LangException.class);
    }

    @Test
    void systemPropertiesAreNotReachable() {
        assertThatThrownBy(() -> ScalaRunner.lines("println(System.getProperty(\"user.home\"))"))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.scala.unavailable"));
    }

    @Test
    void fileImportsSayTheLabCannotProvideThem() {
        assertThatThrownBy(() -> ScalaRunner.run("import java.io.File\nobject Main extends App {}"))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.key()).isEqualTo("lang.import.unavailable.files");
                    assertThat(e.position().line()).isEqualTo(1);
                });
    }

    @Test
    void budgetsResetPerBatch() {
        Budget budget = new Budget(5, 100, 1000);
        budget.startBatch(1);
        for (int i = 0; i < 5; i++) {
            budget.step(new dev.streamlab.lang.runtime.CodeSite("f", new dev.streamlab.lang.ast.Position(1, 1)));
        }
        budget.startBatch(2);
        budget.step(new dev.streamlab.lang.runtime.CodeSite("f", new dev.streamlab.lang.ast.Position(1, 1)));
        assertThat(budget.batch()).isEqualTo(2);
    }

    @Test
    void stepMessagesNameTheBatch() {
        Budget budget = new Budget(3, 100, 1000);
        budget.startBatch(4);
        dev.streamlab.lang.runtime.CodeSite site = new dev.streamlab.lang.runtime.CodeSite("update",
                new dev.streamlab.lang.ast.Position(12, 5));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                budget.step(site);
            }
        }).isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                "your function update at line 12 ran more than 3 steps in batch 4 \u2014 an endless loop?"));
    }

    @Test
    void aStoppedProgramEndsAtItsNextStep() {
        Budget budget = Budget.defaults();
        budget.stop();
        assertThatThrownBy(() -> ScalaRunner.run("object Main extends App { while (true) {} }", budget))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.budget.stopped"));
    }
}
