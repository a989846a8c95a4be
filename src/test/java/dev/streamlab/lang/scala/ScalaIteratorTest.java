package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

/** Iterators made from collections are read with {@code hasNext}/{@code next()} and print as Scala's do. */
class ScalaIteratorTest {

    @Test
    void hasNextAndNextReadACollectionsIteratorOnce() {
        assertThat(lines("""
                val words = List("alpha", "beta", "gamma").iterator
                while (words.hasNext) println(words.next().toUpperCase)
                println(words.hasNext)
                println(Set(5).iterator.next())
                println(Map("a" -> 1).iterator.next())
                """)).containsExactly("ALPHA", "BETA", "GAMMA", "false", "5", "(a,1)");
    }

    @Test
    void iteratorTransformsAndPrintsAsAnIterator() {
        assertThat(lines("""
                val it = Iterator(1, 2, 3)
                println(it.map(_ * 2).toList)
                println(Iterator(1, 2))
                println(Iterator("a b", "c").flatMap(_.split(" ")).toList)
                println(Iterator.range(0, 3).toList)
                println(Iterator[Int]().hasNext)
                """)).containsExactly("List(2, 4, 6)", "<iterator>", "List(a, b, c)", "List(0, 1, 2)", "false");
    }

    @Test
    void nextOnAnEmptyIteratorThrowsScalasException() {
        assertThatThrownBy(() -> lines("""
                val it = Iterator(1)
                it.next()
                it.next()
                """)).isInstanceOf(LangException.class).hasMessageContaining("next on empty iterator");
    }

    @Test
    void aListHasNoHasNext() {
        assertThatThrownBy(() -> lines("""
                println(List(1).hasNext)
                """)).isInstanceOf(LangException.class).hasMessageContaining("value hasNext is not a member of List");
    }
}
