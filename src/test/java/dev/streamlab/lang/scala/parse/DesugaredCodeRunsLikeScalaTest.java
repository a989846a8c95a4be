package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.RunEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the parser desugars (for-comprehensions, placeholders, pattern-matching lambdas) runs on the interpreter and
 * prints what Scala 2.13 prints.
 */
class DesugaredCodeRunsLikeScalaTest {

    private static String run(String source) {
        List<String> lines = new ArrayList<>();
        OutputSink sink = new OutputSink() {
            @Override
            public void out(String line) {
                lines.add(line);
            }

            @Override
            public void err(String line) {
                lines.add("err: " + line);
            }
        };
        Dialect.SCALA.compile(source, "Desugar.scala").run(new RunEnvironment(List.of(), sink));
        return String.join("|", lines);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "println(for (i <- 1 to 4 if i % 2 == 0; j = i * 10) yield (i, j)) ~ Vector((2,20), (4,40))",
        "println(for (x <- List(1, 2); y <- List(\"a\", \"b\")) yield s\"$x$y\") ~ List(1a, 1b, 2a, 2b)",
        "for ((k, v) <- List((\"a\", 1), (\"b\", 2)) if v > 1) println(k + v) ~ b2",
        "for { x <- List(1, 2, 3); y = x * x; if y > 1 } println(y) ~ 4|9",
        "println(List(1, 2, 3).map(_ * 2).reduce(_ + _)) ~ 12",
        "println(List((\"a\", 1), (\"b\", 2)).map { case (k, v) => k * v }) ~ List(a, bb)",
        "val inc: Int => Int = _ + 1; println(inc(1)) ~ 2",
        "println(List(3, 1, 2).sortBy(-_)) ~ List(3, 2, 1)",
        "println(List(1, 2).foldLeft(10)(_ - _)) ~ 7",
        "val a, b = List(1); println(a == b) ~ true",
    })
    void printsWhatScalaPrints(String source, String expected) {
        assertThat(run(source)).isEqualTo(expected);
    }
}
