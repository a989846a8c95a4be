package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static dev.streamlab.lang.scala.ScalaRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

/** {@code lazy val} runs its right-hand side once, on first use, in the order Scala 2.13 prints. */
class ScalaLazyValTest {

    @Test
    void localLazyValIsEvaluatedOnFirstUseOnly() {
        assertThat(lines("""
                lazy val x = { println("init x"); 42 }
                println("before")
                println(x)
                println(x + 1)
                """)).containsExactly("before", "init x", "42", "43");
    }

    @Test
    void unusedLazyValNeverRuns() {
        assertThat(lines("""
                lazy val boom: Int = { println("never"); 1 / 0 }
                println("done")
                """)).containsExactly("done");
    }

    @Test
    void lazyValInObjectRunsAfterTheObjectsBodyAndOnce() {
        assertThat(run("""
                object Config {
                  println("Config init")
                  lazy val heavy: Double = { println("computing heavy"); 3 }
                  val light = 1
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    println(Config.light)
                    println(Config.heavy)
                    println(Config.heavy)
                  }
                }
                """).out).containsExactly("Config init", "1", "computing heavy", "3.0", "3.0");
    }

    @Test
    void eachInstanceInitialisesItsOwnLazyVal() {
        assertThat(lines("""
                class Box(n: Int) {
                  lazy val doubled = { println(s"doubling $n"); n * 2 }
                }
                val b = new Box(4)
                val c = new Box(5)
                println("boxes made")
                println(b.doubled + b.doubled)
                println(c.doubled)
                """)).containsExactly("boxes made", "doubling 4", "16", "doubling 5", "10");
    }

    @Test
    void lazyValsDependingOnEachOtherInitialiseInUseOrder() {
        assertThat(lines("""
                lazy val a: Int = { println("a"); 1 }
                lazy val z = { println("z"); a + 1 }
                println(z)
                """)).containsExactly("z", "a", "2");
    }

    @Test
    void lazyVarIsRefusedAsScalacRefusesIt() {
        assertThatThrownBy(() -> lines("lazy var n = 1"))
                .isInstanceOf(LangException.class).hasMessageContaining("lazy modifier allowed only with value definitions");
    }
}
