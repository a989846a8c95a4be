package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Several parameter lists, by-name parameters, implicit lists, defaults and named arguments, bound as scalac binds
 * them; outputs as Scala 2.13 prints them.
 */
class ScalaParameterListsTest {

    @Test
    void curriedDefIsCalledListByListAndPartiallyApplied() {
        assertThat(lines("""
                def add(a: Int)(b: Int): Int = a + b
                println(add(1)(2))
                val inc = add(1) _
                println(inc(41))
                val inc2 = add(2)(_)
                println(inc2(40))
                val f = add _
                println(f(3)(4))
                def foldLeft1[A, B](as: List[A], b0: B)(op: (B, A) => B): B = as.foldLeft(b0)(op)
                println(foldLeft1(List(1, 2, 3), 0)(_ + _))
                """)).containsExactly("3", "42", "42", "7", "6");
    }

    @Test
    void byNameParameterIsEvaluatedAtEachUseAndNotBeforeTheCall() {
        assertThat(lines("""
                def twice(x: => Int) = x + x
                var j = 0
                println(twice({ j += 10; j }))
                def unless(c: Boolean)(body: => Unit): Unit = if (!c) body
                unless(true) { println("never") }
                def repeat(n: Int)(body: => Unit): Unit = { var i = 0; while (i < n) { body; i += 1 } }
                repeat(2) { println("hi") }
                """)).containsExactly("30", "hi", "hi");
    }

    @Test
    void byNameParametersPassOnToARecursiveCallUnevaluated() {
        assertThat(lines("""
                def whileLoop(condition: => Boolean)(body: => Unit): Unit =
                  if (condition) {
                    body
                    whileLoop(condition)(body)
                  }
                var i = 2
                whileLoop(i > 0) {
                  println(i)
                  i -= 1
                }
                """)).containsExactly("2", "1");
    }

    @Test
    void aProgramDefNamedLikeALibraryMemberLeavesLibraryCallsAlone() {
        assertThat(lines("""
                class Maybe(value: Int) { def getOrElse(default: => Int): Int = if (value > 0) value else default }
                println(Option.empty[Int].getOrElse(5))
                println(Some(1).getOrElse(0))
                println(new Maybe(0).getOrElse(7))
                """)).containsExactly("5", "1", "7");
    }

    @Test
    void curriedMethodOfAnObjectTakesABlockArgument() {
        assertThat(ScalaRunner.run("""
                object Timer {
                  def timed[T](label: String)(body: => T): T = { println("start " + label); val r = body; r }
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    println(Timer.timed("sum") { println("summing"); 1 + 2 })
                  }
                }
                """).out).containsExactly("start sum", "summing", "3");
    }

    @Test
    void defaultArgumentsWorkInEveryParameterList() {
        assertThat(lines("""
                def greet(name: String)(greeting: String = "Hello", punct: String = "!") = s"$greeting, $name$punct"
                println(greet("Ann")())
                println(greet("Bob")("Hi"))
                println(greet("Cy")(punct = "?"))
                def scaled(x: Int)(factor: Int = x * 2) = x * factor
                println(scaled(3)())
                """)).containsExactly("Hello, Ann!", "Hi, Bob!", "Hello, Cy?", "18");
    }

    @Test
    void implicitOrderingListIsResolvedOrPassedExplicitly() {
        assertThat(lines("""
                def largest[T](xs: List[T])(implicit ord: Ordering[T]): T = xs.max(ord)
                def sortDesc[T](xs: Seq[T])(implicit ord: Ordering[T]) = xs.sorted(ord.reverse)
                println(largest(List(3, 9, 2)))
                println(largest(List("b", "a")))
                println(sortDesc(List(3, 9, 2)))
                println(largest(List(3, 9, 2))(Ordering[Int].reverse))
                def topN[T](items: Seq[T], n: Int = 2)(implicit ord: Ordering[T]): Seq[T] = items.sorted(ord.reverse).take(n)
                println(topN(List("b", "c", "a"))(Ordering[String].reverse))
                """)).containsExactly("9", "b", "List(9, 3, 2)", "2", "List(a, b)");
    }

    @Test
    void contextBoundOrderingIsReachedThroughImplicitlyAndOrderingOfT() {
        assertThat(lines("""
                def maxOf[T: Ordering](xs: List[T]): T = xs.reduce((a, b) => if (implicitly[Ordering[T]].gt(a, b)) a else b)
                def sortDesc[T: Ordering](xs: List[T]): List[T] = xs.sorted(Ordering[T].reverse)
                println(maxOf(List(3, 7, 5)))
                println(sortDesc(List("b", "c", "a")))
                """)).containsExactly("7", "List(c, b, a)");
    }

    @Test
    void namedArgumentInItsOwnPositionMayBeFollowedByPositionalOnes() {
        assertThat(lines("""
                def urlBuilder(ssl: Boolean, domainName: String): String =
                  (if (ssl) "https://" else "http://") + domainName
                def point(x: Int = 0, y: Int = 0) = s"($x, $y)"
                println(urlBuilder(ssl = true, "www.example.com"))
                println(point(y = 1))
                println(point(y = 3, x = 1))
                """)).containsExactly("https://www.example.com", "(0, 1)", "(1, 3)");
    }

    @Test
    void positionalAfterANamedArgumentOutOfPlaceBlamesTheNamedArgument() {
        assertThatThrownBy(() -> Dialect.SCALA.compile("""
                def urlBuilder(ssl: Boolean, domainName: String): String = domainName
                println(urlBuilder(domainName = "x", true))
                """, "Main.scala"))
                .isInstanceOf(LangException.class)
                .satisfies(e -> {
                    LangException error = (LangException) e;
                    assertThat(error.message(Locale.ENGLISH)).contains("positional after named argument")
                            .contains("domainName");
                    assertThat(error.position().line()).isEqualTo(2);
                });
    }

    @Test
    void implicitListBeforeAnotherListIsRefusedAsScalacDoes() {
        assertThatThrownBy(() -> Dialect.SCALA.compile("""
                def f(implicit o: Ordering[Int])(x: Int) = x
                """, "Main.scala"))
                .isInstanceOf(LangException.class)
                .satisfies(e -> assertThat(((LangException) e).message(Locale.ENGLISH))
                        .contains("implicit parameter section must be last"));
    }
}
