package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

/** {@code String.r} and {@code scala.util.matching.Regex} with java.util.regex syntax, printed as Scala 2.13 does. */
class ScalaRegexTest {

    @Test
    void findAllInFindFirstInAndMatches() {
        assertThat(lines("""
                val numbers = \"\"\"\\d+\"\"\".r
                println(numbers.findAllIn("10 ms and 20 ms").toList)
                println(numbers.findAllIn("1 2 3").size)
                println(numbers.findFirstIn("a 7 b 8"))
                println(numbers.findFirstIn("none"))
                println(numbers.matches("123") + " " + numbers.matches("12a"))
                println(numbers)
                println(numbers.findAllIn("1 2"))
                """)).containsExactly("List(10, 20)", "3", "Some(7)", "None", "true false", "\\d+", "<iterator>");
    }

    @Test
    void regexIsAnExtractorOfTheWholeStringInMatch() {
        assertThat(lines("""
                val Pattern = "(\\\\w+)-(\\\\d+)".r
                for (s <- List("abc-12", "zz", "x-1-2")) s match {
                  case Pattern(a, b) => println(a + "/" + b.toInt * 2)
                  case other => println("other " + other)
                }
                """)).containsExactly("abc/24", "other zz", "other x-1-2");
    }

    @Test
    void firstMatchGivesGroupsAndPlace() {
        assertThat(lines("""
                val Date = "(\\\\d{4})-(\\\\d{2})".r
                println(Date.findFirstMatchIn("on 2023-11 and").map(_.group(1)))
                val m = Date.findFirstMatchIn("on 2023-11 and").get
                println(m.group(2) + " " + m.start + " " + m.end + " [" + m.before + "|" + m.after + "]")
                println(Date.findAllMatchIn("2020-01 2021-02").map(_.group(2)).toList)
                println(Date.unanchored.findFirstIn("x 2020-01"))
                """)).containsExactly("Some(2023)", "11 3 10 [on | and]", "List(01, 02)", "Some(2020-01)");
    }

    @Test
    void replaceAllInTakesAStringOrAFunctionOfTheMatchAndSplitIsJavas() {
        assertThat(lines("""
                import scala.util.matching.Regex
                val numbers = new Regex("[0-9]+")
                println(numbers.replaceAllIn("a1b22", "#"))
                println(numbers.replaceAllIn("a1b22", m => (m.matched.toInt * 2).toString))
                println(numbers.replaceAllIn("a1", "<$0>"))
                println(numbers.replaceFirstIn("a1b22", "#"))
                println("\\\\s+".r.split("a b   c  ").toList)
                """)).containsExactly("a#b#", "a2b44", "a<1>", "a#b22", "List(a, b, c)");
    }

    @Test
    void catastrophicBacktrackingEndsOnTheStepBudget() {
        assertThatThrownBy(() -> ScalaRunner.run("""
                object Main {
                  def main(args: Array[String]): Unit = {
                    println("(a*)*\\\\1b".r.findFirstIn("a" * 40 + "c"))
                  }
                }
                """, new Budget(100_000, 1000, 1_000_000)))
                .isInstanceOf(LangException.class).hasMessageContaining("Regex((a*)*\\1b)")
                .hasMessageContaining("steps");
    }

    @Test
    void aValThatIsNotARegexUsedAsAPatternIsRefusedByName() {
        assertThatThrownBy(() -> lines("""
                val Limit = 3
                "x" match { case Limit(a) => println(a); case _ => println("no") }
                """)).isInstanceOf(LangException.class).hasMessageContaining("Limit cannot be used as a pattern");
    }
}
