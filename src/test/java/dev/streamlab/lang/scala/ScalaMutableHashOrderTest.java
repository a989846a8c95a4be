package dev.streamlab.lang.scala;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mutable.HashMap}, {@code mutable.Map()} and {@code mutable.HashSet} iterate and print in the order
 * scala-library 2.13.17's own hash tables give for the same operations, growth and removals included.
 */
class ScalaMutableHashOrderTest {

    private static final List<String> WORDS = List.of("hello", "world", "spark", "streaming", "a", "b", "zebra",
            "apple", "kiwi", "lime", "fig", "date", "plum", "pear", "sloe", "yuzu", "nut", "cherry", "x", "yy",
            "Hello", "HELLO", "été", "你好", "olive", "peach");

    private static String scalaMap(List<String> keys, List<String> removed) {
        scala.collection.mutable.HashMap<Object, Object> m = new scala.collection.mutable.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            m.update(keys.get(i), i);
        }
        removed.forEach(m::remove);
        return m.toString();
    }

    private static String scalaSet(List<Object> items) {
        scala.collection.mutable.HashSet<Object> s = new scala.collection.mutable.HashSet<>();
        items.forEach(s::add);
        return s.toString();
    }

    private static String quoted(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            out.add(item instanceof String s ? "\"" + s + "\"" : String.valueOf(item));
        }
        return String.join(", ", out);
    }

    @Test
    void hashMapIteratesInScalasTableOrderAsItGrows() {
        for (int n : new int[] {3, 11, 12, 13, 24, 26}) {
            List<String> keys = WORDS.subList(0, n);
            String program = "val m = scala.collection.mutable.HashMap[String, Int]()\n"
                    + "val keys = List(" + quoted(keys) + ")\n"
                    + "for (i <- keys.indices) m(keys(i)) = i\n"
                    + "println(m)\n"
                    + "m.remove(\"hello\")\nm -= \"a\"\n"
                    + "println(m)\n"
                    + "println(m.keys.mkString(\",\"))";
            List<String> lines = ScalaRunner.lines(program);
            assertThat(lines.get(0)).as("%d keys", n).isEqualTo(scalaMap(keys, List.of()));
            assertThat(lines.get(1)).as("%d keys, two removed", n).isEqualTo(scalaMap(keys, List.of("hello", "a")));
        }
    }

    @Test
    void mutableMapApplyIsAHashMapSizedForItsEntries() {
        List<String> keys = WORDS.subList(0, 20);
        StringBuilder pairs = new StringBuilder();
        scala.collection.mutable.HashMap<Object, Object> expected = new scala.collection.mutable.HashMap<>();
        expected.sizeHint(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            pairs.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append("\" -> ").append(i);
            expected.update(keys.get(i), i);
        }
        assertThat(ScalaRunner.lines("val m = scala.collection.mutable.Map(" + pairs + ")\nprintln(m)"))
                .containsExactly(expected.toString());
    }

    @Test
    void hashSetOfIntsAndWordsIteratesInScalasTableOrder() {
        List<Object> ints = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ints.add(i * 37 % 101 - 20);
        }
        assertThat(ScalaRunner.lines("val s = scala.collection.mutable.HashSet[Int]()\n"
                + "List(" + quoted(ints) + ").foreach(x => s += x)\nprintln(s)"))
                .containsExactly(scalaSet(ints));
        List<Object> words = new ArrayList<>(WORDS);
        assertThat(ScalaRunner.lines("val s = scala.collection.mutable.Set[String]()\n"
                + "List(" + quoted(words) + ").foreach(w => s += w)\nprintln(s)"))
                .containsExactly(scalaSet(words));
    }
}
