package dev.streamlab.lang.python.parse;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.streamlab.lang.python.PythonFrontEnd;
import dev.streamlab.lang.runtime.LangException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated seed programs must either parse or fail with a syntax error, never with anything else: through the
 * dialect's front end, only a {@link LangException} may escape.
 */
class PyParserFuzzTest {

    private static final String ALPHABET = "()[]{}:;,.=+-*/%<>!'\"\\#\n\t x1_fFrR@lambdaifelsefor\u201c\u00e9\uD83D\uDE00";

    @Test
    void mutatedSeedsOnlyEverRaiseSyntaxErrors() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("001_spark_streaming_stateless.py", "001_spark_streaming_stateful.py",
                "001_spark_streaming_window.py", "001_spark_streaming_reviews_completed.py", "001_tcp_server.py",
                "002_pyspark_streaming.py", "004_network_wordcount.py")) {
            seeds.add(PyParserTest.seed(name));
        }
        Random random = new Random(20241121L);
        for (int run = 0; run < 3000; run++) {
            String mutated = mutate(seeds.get(random.nextInt(seeds.size())), random);
            assertThatCode(() -> parseOrSyntaxError(mutated)).as("mutation %d:%n%s", run, mutated)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        for (String deep : List.of("(".repeat(5000), "x = " + "-".repeat(100_000) + "1\n",
                "x = " + "not ".repeat(50_000) + "y\n", "x = " + "[".repeat(150) + "]".repeat(150) + "\n",
                "x = " + "lambda: ".repeat(5000) + "1\n", "x = " + "a if b else ".repeat(5000) + "c\n")) {
            assertThatCode(() -> parseOrSyntaxError(deep)).doesNotThrowAnyException();
        }
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            blocks.append(" ".repeat(i)).append("if x:\n");
        }
        assertThatCode(() -> parseOrSyntaxError(blocks.toString())).doesNotThrowAnyException();
    }

    private static void parseOrSyntaxError(String source) {
        try {
            new PythonFrontEnd().parse(source, "fuzz.py");
        } catch (LangException expected) {
            // a syntax error is a correct outcome for a mutated program
        }
    }

    private static String mutate(String source, Random random) {
        StringBuilder out = new StringBuilder(source);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> out.setLength(at);
                case 3 -> out.insert(at, out.substring(at, Math.min(out.length(), at + random.nextInt(40))));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
