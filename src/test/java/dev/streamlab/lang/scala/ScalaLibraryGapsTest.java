package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The library members and forms issue 13 found refused although scalac accepts them; outputs as Scala 2.13 prints. */
class ScalaLibraryGapsTest {

    @Test
    void caseClassCopyReplacesNamedAndPositionalFieldsAndRerunsTheBody() {
        assertThat(lines("""
                case class WordCount(word: String, count: Int) { val label = word + "=" + count }
                val w = WordCount("spark", 1)
                println(w.copy(count = w.count + 1))
                println(w.copy("flink"))
                println(w.copy(count = 5).label)
                println(w)
                """)).containsExactly("WordCount(spark,2)", "WordCount(flink,1)", "spark=5", "WordCount(spark,1)");
    }

    @Test
    void caseClassProductMembersAndValueEquality() {
        assertThat(lines("""
                case class Point(x: Int, y: Int)
                val p = Point(1, 2)
                println(p.productArity)
                println(p.productElement(1))
                println(p.productPrefix)
                println(p.productIterator.toList)
                println(p.productElementNames.toList)
                println(p == Point(1, 2))
                println(p.hashCode == Point(1, 2).hashCode)
                println(Set(p, Point(1, 2)).size)
                """)).containsExactly("2", "2", "Point", "List(1, 2)", "List(x, y)", "true", "true", "1");
    }

    @Test
    void stringTakeWhileDropWhileAndTheOtherStringOpsGiveStrings() {
        assertThat(lines("""
                val line = "user42 clicked"
                println(line.takeWhile(_ != ' '))
                println(line.dropWhile(_ != ' ').trim)
                println(line.span(_.isLetter))
                println("abcde".grouped(2).toList)
                println("banana".groupBy(identity).map { case (c, s) => (c, s.length) }.toList.sortBy(_._1))
                println("abc".toVector)
                """)).containsExactly("user42", "clicked", "(user,42 clicked)", "List(ab, cd, e)",
                "List((a,3), (b,1), (n,2))", "Vector(a, b, c)");
    }

    @Test
    void optionHasItsCollectionSide() {
        assertThat(lines("""
                println(Some(3).sum)
                println(Option.empty[Int].sum)
                println(Some(2).toSet)
                println(Some("a").mkString("[", ",", "]"))
                println(Some(4).max)
                println(Some(1).zip(Some("x")))
                """)).containsExactly("3", "0", "Set(2)", "[a]", "4", "Some((1,x))");
    }

    @Test
    void mathExactArithmeticOverflowsAsTheJvmDoes() {
        assertThat(lines("""
                println(Math.addExact(2, 3))
                println(Math.multiplyExact(3000000000L, 2L))
                println(Math.floorMod(-7, 3))
                println(math.hypot(3, 4))
                println(Math.toIntExact(42L))
                """)).containsExactly("5", "6000000000", "2", "5.0", "42");
        assertThatThrownBy(() -> lines("println(Math.addExact(Int.MaxValue, 1))"))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("Exception in thread \"main\" java.lang.ArithmeticException: integer overflow"));
    }

    @Test
    void emptyWithTypeArgumentsIsTheEmptyCollection() {
        assertThat(lines("""
                val pairs = Seq.empty[(String, Int)]
                println(pairs)
                println(Map.empty[String, Int] + ("a" -> 1))
                println(List.empty)
                val buffer = scala.collection.mutable.ArrayBuffer.empty[Int]
                buffer += 3
                println(buffer)
                println(Set.empty[String].isEmpty)
                println(Array.empty[Int].length)
                println(Vector.empty[Double])
                """)).containsExactly("List()", "Map(a -> 1)", "List()", "ArrayBuffer(3)", "true", "0", "Vector()");
    }

    @Test
    void surrogatePairsInLiteralsPrintAsTheJvmPrintsThem() {
        assertThat(lines("""
                val s = "spark \uD83D\uDE00 streaming"
                println(s)
                println(s.length)
                println(s"go \uD83D\uDE80 $s")
                println(\"\"\"raw \uD83C\uDF89\"\"\")
                """)).containsExactly("spark \uD83D\uDE00 streaming", "18",
                "go \uD83D\uDE80 spark \uD83D\uDE00 streaming", "raw \uD83C\uDF89");
    }

    @Test
    void aRealMemberTheLabLacksIsRefusedByName() {
        assertThatThrownBy(() -> lines("println(\"abc\".indexOfSlice(\"b\"))"))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("String.indexOfSlice is not available in the lab"));
        assertThatThrownBy(() -> lines("println(List(1).lenght)"))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .startsWith("value lenght is not a member of List"));
    }
}
