package dev.streamlab.lang.scala;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.LangException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Mutated programs either run or end with a LangException: no Java exception of the runtime escapes. */
class ScalaRuntimeFuzzTest {

    private static final String PROGRAM = """
            case class Word(w: String, n: Int)
            object Main {
              val stop = Set("a", "the")
              def count(line: String): Map[String, Int] =
                line.split(" ").filter(w => !stop.contains(w)).groupBy(identity).map { case (w, ws) => (w, ws.length) }
              def main(args: Array[String]): Unit = {
                var total = 0
                val words = List("the cat", "a dog", "cat cat").flatMap(l => count(l).toList)
                for ((w, n) <- words) { total += n; println(Word(w, n)) }
                val best = words.sortBy(-_._2).headOption.map(_._1).getOrElse("none")
                println(s"$best $total ${words.size}")
                words match { case (w, n) :: rest if n > 1 => println(w) case _ => println(0) }
                try { println("12".toInt / (total - total)) } catch { case e: ArithmeticException => println(e) }
              }
            }
            """;

    @org.junit.jupiter.api.Test
    void theUnmutatedProgramRuns() {
        org.assertj.core.api.Assertions.assertThat(ScalaRunner.run(PROGRAM).out).containsExactly("Word(cat,1)",
                "Word(dog,1)", "Word(cat,2)", "cat 4 3", "0", "java.lang.ArithmeticException: / by zero");
    }

    @TestFactory
    Stream<DynamicTest> mutatedProgramsFailOnlyWithLangExceptions() {
        Random random = new Random(20261121L);
        String[] tokens = PROGRAM.split("(?<=[ ().,{}\\[\\]=:+\\-_\\n])|(?=[ ().,{}\\[\\]=:+\\-_\\n])");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String mutated = mutate(tokens, random);
            tests.add(DynamicTest.dynamicTest("mutation " + i, () -> assertThatCode(() -> {
                try {
                    ScalaRunner.run(mutated, new Budget(200_000, 200, 100_000));
                } catch (LangException expected) {
                    expected.render(java.util.Locale.ENGLISH);
                }
            }).as(mutated).doesNotThrowAnyException()));
        }
        return tests.stream();
    }

    private static String mutate(String[] tokens, Random random) {
        List<String> out = new ArrayList<>(List.of(tokens));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && out.size() > 2; e++) {
            int at = random.nextInt(out.size());
            switch (random.nextInt(4)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, out.get(random.nextInt(out.size())));
                case 2 -> out.set(at, out.get(random.nextInt(out.size())));
                default -> {
                    int other = random.nextInt(out.size());
                    String swap = out.get(at);
                    out.set(at, out.get(other));
                    out.set(other, swap);
                }
            }
        }
        return String.join("", out);
    }
}
