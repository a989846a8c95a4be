package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Scala 2.13's {@code +=(elem1, elem2, elems*)}: {@code b += (1, 2, 3)} adds each operand. Each expected output is
 * what the program compiled by scalac 2.13.17 printed; each refused program is one scalac rejects.
 */
class ScalaSeveralOperandsTest {

    @Test
    void parenthesisedOperandsAreAddedAndRemovedOneByOne() {
        assertThat(lines("""
                import scala.collection.mutable
                import scala.collection.mutable.{ArrayBuffer, ListBuffer}
                val b = ArrayBuffer[Int]()
                b += (1, 2, 3, 5)
                b -= (2, 5)
                b += ((7))
                println(b)
                val lb = ListBuffer("x")
                lb += ("y", "z")
                lb -= ("x", "q")
                println(lb)
                val ms = mutable.Set(1)
                ms += (2, 3)
                ms -= (1, 9)
                println(ms)
                val m = mutable.Map[String, Int]()
                m += ("a" -> 1, "b" -> 2)
                m -= ("a", "z")
                println(m)
                """)).containsExactly("ArrayBuffer(1, 3, 7)", "ListBuffer(y, z)", "HashSet(2, 3)", "HashMap(b -> 2)");
    }

    @Test
    void aDoubledParenthesisAddsOneTupleAndAnEmptyOneAddsUnit() {
        assertThat(lines("""
                import scala.collection.mutable.ArrayBuffer
                val pairs = ArrayBuffer[(String, Int)]()
                pairs += (("a", 1))
                println(pairs)
                val any = ArrayBuffer[Any]()
                any += ("q", 1)
                println(any)
                val units = ArrayBuffer[Unit]()
                units += ()
                println(units.length)
                """)).containsExactly("ArrayBuffer((a,1))", "ArrayBuffer(q, 1)", "1");
    }

    @Test
    void aVarHoldingAnImmutableSetOrMapGetsANewOneWithEachOperand() {
        assertThat(lines("""
                var s = Set(1)
                s += (2, 3)
                s += 4
                s -= (1, 2)
                println(s)
                var im = Map("k" -> 0)
                im += ("a" -> 1, "b" -> 2)
                im -= ("k", "a")
                println(im)
                var words = Set("a")
                words += "b"
                println(words)
                var n = 5
                n += (2 + 3) * 2
                n -= (1)
                println(n)
                """)).containsExactly("Set(3, 4)", "Map(b -> 2)", "Set(a, b)", "14");
    }

    @Test
    void aFieldOrAMapValueHoldingAMutableCollectionIsUpdatedInPlace() {
        assertThat(lines("""
                import scala.collection.mutable.ArrayBuffer
                class Box { val items = ArrayBuffer[Int](); var tags = Set("a"); var n = 0 }
                val b = new Box
                b.items += (1, 2)
                b.items += 3
                b.tags += ("b", "c")
                b.n += 4
                println(b.items + " " + b.tags + " " + b.n)
                val m = scala.collection.mutable.Map("k" -> ArrayBuffer(0))
                m("k") += (1, 2)
                m("k") += 3
                val c = scala.collection.mutable.Map("w" -> 1)
                c("w") += 5
                println(m + " " + c)
                """)).containsExactly("ArrayBuffer(1, 2, 3) Set(a, b, c) 4",
                "HashMap(k -> ArrayBuffer(0, 1, 2, 3)) HashMap(w -> 6)");
    }

    @Test
    void operandsThatScalaWouldNotTupleAreRefusedAsScalacRefusesThem() {
        assertRefused("""
                val m = scala.collection.mutable.Map("a" -> 1)
                m += ("c", 3)
                """, "type mismatch; found: String, required: (K, V)", 2);
        assertRefused("""
                val pairs = scala.collection.mutable.ArrayBuffer(("a", 1))
                pairs += ("b", 2)
                """, "type mismatch; found: String, required: Tuple2", 2);
        assertRefused("""
                var n = 1
                n += (1, 2)
                """, "+= takes 1 arguments but 2 were given", 2);
    }

    private static void assertRefused(String body, String message, int line) {
        assertThatThrownBy(() -> ScalaRunner.run(body))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(message);
                    assertThat(e.position().line()).isEqualTo(line);
                });
    }
}
