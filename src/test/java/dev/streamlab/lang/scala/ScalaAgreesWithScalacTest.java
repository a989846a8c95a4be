package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What compiling the coverage corpus with the real Scala compiler and running it on Spark found the dialect doing
 * differently (CorpusOnSparkTest); each expected output is what scalac's program printed.
 */
class ScalaAgreesWithScalacTest {

    @Test
    void printingAnObjectUsesItsClassesOwnToString() {
        assertThat(lines("""
                class Point(var x: Int = 0, var y: Int = 0) { override def toString: String = s"($x, $y)" }
                class Named(name: String) { override def toString(): String = "Named " + name }
                val p = new Point(1, 2)
                println(p)
                println(new Point(y = 7))
                println("at " + p)
                println(s"${new Named("a")}")
                println(List(new Named("b")))
                """)).containsExactly("(1, 2)", "(0, 7)", "at (1, 2)", "Named a", "List(Named b)");
    }

    @Test
    void aNumericAscriptionWidensTheValue() {
        assertThat(lines("""
                val xs: Seq[Int] = List(1, 2, 3)
                println((xs.sum: Double) / xs.length)
                println((7: Long) * 1000000000)
                println((3: Float) / 2)
                println(xs.map(_ + 1): Seq[Int])
                """)).containsExactly("2.0", "7000000000", "1.5", "List(2, 3, 4)");
    }

    @Test
    void aMutableCollectionsEmptyIsNewAtEveryUseAndInEveryRun() {
        String program = """
                import scala.collection.mutable
                val b = mutable.ArrayBuffer.empty[String]
                b += "x"
                val s = mutable.Set.empty[Int]
                s += 3
                val m = mutable.Map.empty[String, Int]
                m("k") = 1
                println(mutable.ArrayBuffer.empty[String])
                println(mutable.Set.empty[Int])
                println(mutable.Map.empty[String, Int])
                println(b + " " + s + " " + m)
                """;
        assertThat(lines(program)).containsExactly("ArrayBuffer()", "HashSet()", "HashMap()",
                "ArrayBuffer(x) HashSet(3) HashMap(k -> 1)");
        assertThat(lines(program)).as("a second run, in the same server").containsExactly("ArrayBuffer()", "HashSet()",
                "HashMap()", "ArrayBuffer(x) HashSet(3) HashMap(k -> 1)");
    }
}
