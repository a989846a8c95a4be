package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalaLanguageTest {

    @Test
    void valsVarsAndBlocksYieldTheirLastExpression() {
        assertThat(lines("""
                val a = 1
                var b = a + 1
                b += 10
                val c = { val d = b * 2; d + 1 }
                println(c)
                """)).containsExactly("25");
    }

    @Test
    void intArithmeticWrapsAndDividesLikeTheJvm() {
        assertThat(lines("""
                println(Int.MaxValue + 1)
                println(7 / 2)
                println(-7 % 3)
                println(7 / 2.0)
                println(1.0E-5)
                println(3L * 4)
                println('a' + 1)
                println("x" + 1 + 2)
                """)).containsExactly("-2147483648", "3", "-1", "3.5", "1.0E-5", "12", "98", "x12");
    }

    @Test
    void ifElseIsAnExpression() {
        assertThat(lines("""
                val x = 5
                val kind = if (x > 3) "big" else "small"
                println(kind)
                println(if (x < 3) "never")
                """)).containsExactly("big", "()");
    }

    @Test
    void whileLoopsAndForComprehensions() {
        assertThat(lines("""
                var i = 0
                var total = 0
                while (i < 5) { total += i; i += 1 }
                println(total)
                for (j <- 1 to 3) print(j)
                println()
                val pairs = for (x <- List(1, 2); y <- List("a", "b") if x > 1) yield (x, y)
                println(pairs)
                """)).containsExactly("10", "123", "List((2,a), (2,b))");
    }

    @Test
    void lambdasAndPlaceholders() {
        assertThat(lines("""
                val words = "a b a c".split(" ")
                val counts = words.map((_, 1)).groupBy(_._1).map { case (w, ps) => (w, ps.map(_._2).sum) }
                println(counts.toList.sortBy(_._1))
                val add = (x: Int, y: Int) => x + y
                println(List(1, 2, 3).reduce(add))
                println(List(1, 2, 3).foldLeft(10)(_ + _))
                """)).containsExactly("List((a,2), (b,1), (c,1))", "6", "16");
    }

    @Test
    void matchOnTuplesOptionsLiteralsTypesWithGuards() {
        assertThat(lines("""
                def describe(x: Any): String = x match {
                  case 0 => "zero"
                  case n: Int if n < 0 => "negative"
                  case n: Int => "int " + n
                  case (a, b) => s"pair $a $b"
                  case Some(v) => "some " + v
                  case None => "none"
                  case s: String => "string " + s
                  case _ => "other"
                }
                println(describe(0))
                println(describe(-2))
                println(describe(7))
                println(describe(("k", 1)))
                println(describe(Some(3)))
                println(describe(None))
                println(describe("hi"))
                println(describe(2.5))
                """)).containsExactly("zero", "negative", "int 7", "pair k 1", "some 3", "none", "string hi",
                "other");
    }

    @Test
    void caseClassesConstructPrintCompareAndMatch() {
        assertThat(ScalaRunner.run("""
                case class Word(w: String, n: Int)
                object Main {
                  def main(args: Array[String]): Unit = {
                    val w = Word("a", 1)
                    println(w)
                    println(w.n + 1)
                    println(w == Word("a", 1))
                    w match { case Word(text, count) => println(text * count) }
                    println(List(Word("b", 2), w).sortBy(_.n))
                  }
                }
                """).out).containsExactly("Word(a,1)", "2", "true", "a", "List(Word(a,1), Word(b,2))");
    }

    @Test
    void objectsAndTheirMembersWithoutThis() {
        assertThat(ScalaRunner.run("""
                object Helpers {
                  val greeting = "hi"
                  def greet(name: String) = greeting + " " + name
                }
                object Main {
                  val suffix = "!"
                  def shout(s: String): String = s.toUpperCase + suffix
                  def main(args: Array[String]) {
                    println(shout(Helpers.greet("bob")))
                    println(List("x").map(shout))
                  }
                }
                """).out).containsExactly("HI BOB!", "List(X!)");
    }

    @Test
    void objectExtendsAppRunsItsBodyWithArgs() {
        assertThat(ScalaRunner.run("""
                object Main extends App {
                  val n = args(0).toInt
                  println(n * 2)
                  println(args.length)
                }
                """, "21").out).containsExactly("42", "1");
    }

    @Test
    void stringInterpolation() {
        assertThat(lines("""
                val name = "x"
                val v = 3.14159
                println(s"name=$name len=${name.length}")
                println(f"$v%.2f and ${v * 2}%.1f")
                """)).containsExactly("name=x len=1", "3.14 and 6.3");
    }

    @Test
    void optionMethods() {
        assertThat(lines("""
                val a: Option[Int] = Some(2)
                val b: Option[Int] = None
                println(a.getOrElse(0) + b.getOrElse(0))
                println(a.map(_ * 10))
                println(b.map(_ * 10))
                println(a.isDefined + " " + b.isEmpty)
                println(Some(List(1, 2)))
                """)).containsExactly("2", "Some(20)", "None", "true true", "Some(List(1, 2))");
    }

    @Test
    void collectionsPrintLikeScala() {
        assertThat(ScalaRunner.run("""
                import scala.collection.mutable.ArrayBuffer
                import scala.collection.mutable
                object Main {
                  def main(args: Array[String]): Unit = {
                    val buf = ArrayBuffer(1, 1)
                    buf += 2
                    println(buf)
                    val m = Map("a" -> 1, "b" -> 2)
                    println(m)
                    println(m("a") + m.getOrElse("z", 0))
                    println(Set(1, 2, 2))
                    println(Vector(1, 2).map(_ + 1))
                    val counts = mutable.Map[String, Int]()
                    counts("x") = 1
                    counts("x") += 1
                    println(counts)
                    println(List(3, 1, 2).sorted.mkString("[", ",", "]"))
                    println((1 to 3))
                    println(List(1, 2, 3).sum + " " + List(1, 2, 3).max + " " + Nil)
                  }
                }
                """).out).containsExactly("ArrayBuffer(1, 1, 2)", "Map(a -> 1, b -> 2)", "1", "Set(1, 2)",
                "Vector(2, 3)", "HashMap(x -> 2)", "[1,2,3]", "Range 1 to 3", "6 3 List()");
    }

    @Test
    void arraysPrintTheirJvmIdentity() {
        assertThat(lines("println(\"a b\".split(\" \"))\nprintln(Array(1, 2))").get(0))
                .startsWith("[Ljava.lang.String;@");
    }

    @Test
    void splitTakesARegexAndDropsTrailingEmptyStrings() {
        assertThat(lines("println(\"a,b,,c,,\".split(\",\").toList)\nprintln(\"a  b\".split(\"\\\\s+\").length)"))
                .containsExactly("List(a, b, , c)", "2");
    }

    @Test
    void tryCatchFinallyAndThrow() {
        assertThat(lines("""
                val n = try { "x".toInt } catch { case e: NumberFormatException => println(e.getMessage); -1 } finally { println("done") }
                println(n)
                try { throw new IllegalArgumentException("bad") } catch { case e: Exception => println(e) }
                """)).containsExactly("For input string: \"x\"", "done", "-1",
                "java.lang.IllegalArgumentException: bad");
    }

    @Test
    void recursionAndDefaultArguments() {
        assertThat(lines("""
                def fact(n: Int): Long = if (n <= 1) 1L else n * fact(n - 1)
                def greet(name: String, greeting: String = "hello") = greeting + " " + name
                println(fact(20))
                println(greet("a"))
                println(greet("a", greeting = "bye"))
                """)).containsExactly("2432902008176640000", "hello a", "bye a");
    }

    @Test
    void closuresCaptureVariablesByReference() {
        assertThat(lines("""
                var count = 0
                List(1, 2, 3).foreach(x => count += x)
                println(count)
                val adders = (1 to 3).map(i => (x: Int) => x + i)
                println(adders.map(f => f(10)))
                """)).containsExactly("6", "Vector(11, 12, 13)");
    }

    @Test
    void returnFromInsideALambdaLeavesTheDef() {
        assertThat(lines("""
                def firstBig(xs: List[Int]): Int = {
                  xs.foreach(x => if (x > 10) return x)
                  -1
                }
                println(firstBig(List(1, 20, 30)))
                println(firstBig(List(1)))
                """)).containsExactly("20", "-1");
    }

    @Test
    void charTests() {
        assertThat(lines("println('A'.isUpper + \" \" + '3'.isDigit + \" \" + 'x'.isLetter + \" \" + 'a'.toUpper)"))
                .containsExactly("true true true A");
    }

    @Test
    void patternMatchingAnonymousFunctionTakesTwoArguments() {
        assertThat(lines("println(List(1, 2, 3).reduce { case (a, b) => a + b })")).containsExactly("6");
    }

    @Test
    void forOverAMapWithATuplePatternAndFormatting() {
        assertThat(lines("""
                val m = Map("a" -> 1, "b" -> 22)
                for ((k, v) <- m) println(f"$k%-3s|$v%4d|")
                println("%d items, %.1f%%".format(3, 12.5))
                printf("%s!%n", "hi")
                println("ab" * 3)
                println(s"${m.keys.mkString("+")} = ${m.values.sum}")
                """)).containsExactly("a  |   1|", "b  |  22|", "3 items, 12.5%", "hi!", "ababab", "a+b = 23");
    }

    @Test
    void caseClassPatternsInsidePatternMatchingLambdas() {
        assertThat(ScalaRunner.run("""
                case class Word(w: String, n: Int)
                object Main extends App {
                  val ws = List(Word("x", 2), Word("y", 3))
                  println(ws.map { case Word(w, n) => w * n })
                  println(ws.filter { case Word(_, n) => n > 2 })
                }
                """).out).containsExactly("List(xx, yyy)", "List(Word(y,3))");
    }

    @Test
    void tryTakesItsArgumentByName() {
        assertThat(ScalaRunner.run("""
                import scala.util.{Try, Success, Failure}
                object Main extends App {
                  println(Try("12".toInt))
                  println(Try("x".toInt))
                  println(List("1", "a", "3").flatMap(s => Try(s.toInt).toOption).sum)
                  Try(1 / 0) match {
                    case Success(v) => println(v)
                    case Failure(e) => println("failed: " + e.getMessage)
                  }
                }
                """).out).containsExactly("Success(12)",
                "Failure(java.lang.NumberFormatException: For input string: \"x\")", "4", "failed: / by zero");
    }

    @Test
    void largeImmutableMapsAndSetsIterateInScalasHashTrieOrder() {
        assertThat(lines("""
                println(Map(1 -> 2, 3 -> 4, 5 -> 6, 7 -> 8, 9 -> 10))
                println(Set("a", "b", "c", "d", "e"))
                println(Map("x" -> 1, "y" -> 2))
                println(List("a", "b", "c", "d", "e").map(w => (w, 1)).toMap.keys.toList)
                """)).containsExactly("HashMap(5 -> 6, 1 -> 2, 9 -> 10, 7 -> 8, 3 -> 4)", "HashSet(e, a, b, c, d)",
                "Map(x -> 1, y -> 2)", "List(e, a, b, c, d)");
    }

    @Test
    void localDefsSeeValsDeclaredBeforeThemAndLoopClosuresKeepTheirOwnVal() {
        assertThat(lines("""
                val base = 10
                def plus(x: Int) = x + base
                println(plus(1))
                var i = 0
                val fs = scala.collection.mutable.ArrayBuffer[() => Int]()
                while (i < 3) { val j = i; fs += (() => j); i += 1 }
                println(fs.map(f => f()))
                """)).containsExactly("11", "ArrayBuffer(0, 1, 2)");
    }

    @Test
    void orderingsAndClassOf() {
        assertThat(lines("""
                val xs = List(("a", 3), ("b", 1), ("c", 2))
                println(xs.map(_._2).sorted(Ordering[Int].reverse))
                println(xs.max(Ordering.by((p: (String, Int)) => p._2)))
                println(classOf[String])
                println(xs.sortBy(_._2)(Ordering[Int].reverse).map(_._1))
                """)).containsExactly("List(3, 2, 1)", "(a,3)", "class String", "List(a, c, b)");
    }

    @Test
    void iteratorsAreSequencesAndEnvironmentVariablesAreUnset() {
        assertThat(lines("""
                println(Iterator(1, 2).size + Iterator.single(5).sum + Iterator.empty.size)
                println(System.getenv("SPARK_HOME"))
                """)).containsExactly("7", "null");
    }

    @Test
    void collectKeepsWhatAPartialFunctionIsDefinedAt() {
        assertThat(lines("""
                val counts = List(("a", 3), ("b", 1), ("c", 2))
                println(counts.collect { case (w, n) if n > 1 => w.toUpperCase })
                println(List(Some(1), None, Some(3)).collect { case Some(x) => x * 10 })
                println(counts.collectFirst { case (w, 2) => w })
                """)).containsExactly("List(A, C)", "List(10, 30)", "Some(c)");
    }
}
