package dev.streamlab.lang.scala;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code lazy val} is computed on first use, once, in a block and in an object alike. */
class ScalaLazyValTest {

    @Test
    void lazyValIsComputedOnFirstUseOnly() {
        ScalaRunner run = ScalaRunner.run("""
                object Main {
                  lazy val table = { println("building table"); Map("a" -> 1) }
                  def main(args: Array[String]): Unit = {
                    lazy val x = { println("computing x"); 42 }
                    println("before")
                    println(x + 1)
                    println(x)
                    println(table("a"))
                    println(table.size)
                  }
                }
                """);
        assertThat(run.error).isNull();
        assertThat(run.out).containsExactly("before", "computing x", "43", "42", "building table", "1", "1");
    }

    @Test
    void aLazyValNeverUsedIsNeverComputed() {
        assertThat(ScalaRunner.lines("lazy val boom: Int = 1 / 0\nprintln(\"fine\")")).containsExactly("fine");
    }
}
