package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static dev.streamlab.lang.scala.ScalaRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * By-name parameters of Scala's library ({@code getOrElse(default: => B)}, {@code List.fill(n)(elem: => A)}) are
 * evaluated only when, and as often as, Scala evaluates them; and the {@code sys} object. Expected outputs are what
 * the same programs print compiled with scalac 2.13.17.
 */
class ScalaByNameLibraryTest {

    @Test
    void optionGetOrElseOrElseAndFoldEvaluateTheDefaultOnlyWhenEmpty() {
        assertThat(lines("""
                val m = Map("a" -> 1)
                println(m.get("a").getOrElse(throw new IllegalArgumentException("missing")))
                var calls = 0
                def fallback(): Int = { calls += 1; -1 }
                println(m.get("b").getOrElse(fallback()))
                println(m.get("a").getOrElse(fallback()))
                println(calls)
                def other(): Option[Int] = { calls += 1; Some(9) }
                println(Some(1).orElse(other()))
                println(None.orElse(other()))
                println(Some(2).fold({ calls += 10; 0 })(_ * 3))
                println(Option.empty[Int].fold({ calls += 100; 0 })(_ * 3))
                println(calls)
                """)).containsExactly("1", "-1", "1", "1", "Some(1)", "Some(9)", "6", "0", "102");
    }

    @Test
    void mapGetOrElseAndGetOrElseUpdateEvaluateTheDefaultOnlyForAMissingKey() {
        assertThat(run("""
                import scala.collection.mutable
                object Main {
                  val memo = mutable.Map[Int, Long]()
                  def fib(n: Int): Long = if (n < 2) n else memo.getOrElseUpdate(n, fib(n - 1) + fib(n - 2))
                  def main(args: Array[String]): Unit = {
                    val m = Map("a" -> 1)
                    val mm = mutable.Map("x" -> 5)
                    println(m.getOrElse("a", sys.error("no such key")))
                    println(mm.getOrElse("x", sys.error("no such key")))
                    println(mm.getOrElse("y", 0))
                    println(fib(60))
                    var made = 0
                    println(mm.getOrElseUpdate("x", { made += 1; 50 }))
                    println(mm.getOrElseUpdate("z", { made += 1; 26 }))
                    println(mm.getOrElseUpdate("z", { made += 1; 27 }))
                    println(made)
                  }
                }
                """).out).containsExactly("1", "5", "0", "1548008755920", "5", "26", "26", "1");
    }

    @Test
    void tryGetOrElseRunsTheFallbackOnlyOnFailure() {
        assertThat(run("""
                import scala.util.Try
                object Main {
                  def main(args: Array[String]): Unit = {
                    println(Try("12".toInt).getOrElse({ println("fallback"); 0 }))
                    println(Try("x".toInt).getOrElse({ println("fallback"); 0 }))
                  }
                }
                """).out).containsExactly("12", "fallback", "0");
    }

    @Test
    void fillEvaluatesItsElementOncePerElement() {
        assertThat(lines("""
                var n = 0
                def next(): Int = { n += 1; n }
                println(List.fill(3)(next()))
                println(Vector.fill(2)(next()))
                println(Array.fill(2)(next()).mkString(","))
                println(Seq.fill(0)(next()))
                println(n)
                """)).containsExactly("List(1, 2, 3)", "Vector(4, 5)", "6,7", "List()", "7");
    }

    @Test
    void assertAndRequireBuildTheirMessageOnlyOnFailure() {
        assertThat(lines("""
                var built = 0
                def msg(): String = { built += 1; "bad" }
                assert(1 < 2, msg())
                require(true, msg())
                println(built)
                try require(false, msg()) catch { case e: IllegalArgumentException => println(e.getMessage) }
                try assert(false, msg()) catch { case e: AssertionError => println(e.getMessage) }
                println(built)
                """)).containsExactly("0", "requirement failed: bad", "assertion failed: bad", "2");
    }

    @Test
    void optionWhenAndUnlessEvaluateTheValueOnlyWhenTheyKeepIt() {
        assertThat(lines("""
                var calls = 0
                def v(): Int = { calls += 1; 7 }
                println(Option.when(true)(v()))
                println(Option.when(false)(v()))
                println(Option.unless(true)(v()))
                println(Option.unless(false)(v()))
                println(calls)
                """)).containsExactly("Some(7)", "None", "None", "Some(7)", "2");
    }

    @Test
    void eitherCondEvaluatesOnlyTheSideItKeeps() {
        assertThat(lines("""
                var built = 0
                def ok(): Int = { built += 1; 42 }
                def bad(): String = { built += 10; "too small" }
                val e1 = Either.cond(5 > 3, ok(), bad())
                val e2 = Either.cond(1 > 3, ok(), bad())
                println(e1)
                println(e2)
                println(built)
                println(e2.getOrElse({ built += 100; 0 }))
                println(e1.getOrElse({ built += 100; 0 }))
                println(built)
                println(e1.map(_ + 1).toOption)
                println(e2.fold(msg => s"error: $msg", n => s"value: $n"))
                e2 match {
                  case Left(msg) => println(s"left $msg")
                  case Right(n) => println(s"right $n")
                }
                """)).containsExactly("Right(42)", "Left(too small)", "11", "0", "42", "111", "Some(43)",
                "error: too small", "left too small");
    }

    @Test
    void infixGetOrElseTakesItsDefaultByNameToo() {
        assertThat(lines("""
                val ages = Map("ann" -> 31)
                var misses = 0
                def miss(): Int = { misses += 1; -1 }
                println(ages.get("ann") getOrElse miss())
                println(ages.get("bob") getOrElse miss())
                val age = if (ages.contains("ann")) ages("ann") else sys.error("unknown")
                println(age)
                println(misses)
                val orders = Map("ann" -> List(3, 4))
                println(orders.getOrElse("bob", Nil).sum)
                """)).containsExactly("31", "-1", "31", "1", "0");
    }

    @Test
    void aProgramMethodNamedGetOrElseGetsItsArgumentEvaluatedBeforeTheCall() {
        assertThat(run("""
                class Box(v: Int) {
                  def getOrElse(d: Int): Int = { println("box"); if (v > 0) v else d }
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    var calls = 0
                    def d(): Int = { calls += 1; println("d"); 0 }
                    println(new Box(3).getOrElse(d()))
                    println(calls)
                  }
                }
                """).out).containsExactly("d", "box", "3", "1");
    }

    @Test
    void sysErrorThrowsARuntimeExceptionWithTheMessage() {
        assertThat(lines("""
                try sys.error("no such key") catch { case e: RuntimeException => println(e) }
                """)).containsExactly("java.lang.RuntimeException: no such key");
        assertThatThrownBy(() -> lines("""
                val ages = Map("ann" -> 31)
                println(ages.getOrElse("bob", sys.error("no such key: bob")))
                """)).isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("Exception in thread \"main\" java.lang.RuntimeException: no such key: bob"));
    }

    @Test
    void sysExitEndsTheProgramWithItsStatus() {
        ScalaRunner exited = run("""
                object Main {
                  def main(args: Array[String]): Unit = {
                    println("before")
                    sys.exit(3)
                    println("after")
                  }
                }
                """);
        assertThat(exited.status).isEqualTo(3);
        assertThat(exited.out).containsExactly("before");
    }

    @Test
    void sysPropsAndEnvAreNotReachable() {
        assertThatThrownBy(() -> lines("println(sys.props(\"user.home\"))"))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.scala.unavailable"));
        assertThatThrownBy(() -> lines("println(sys.env.get(\"HOME\"))"))
                .isInstanceOfSatisfying(LangException.class,
                        e -> assertThat(e.key()).isEqualTo("lang.scala.unavailable"));
    }
}
