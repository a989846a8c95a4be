package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.streamlab.lang.runtime.Budget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated programs of the CPython test corpus, run under a small budget: whatever they do, they end normally or
 * with a LangException (which {@link PythonRunner} records), never with a stray Java exception.
 */
class PythonRuntimeFuzzTest {

    private static final String[] SNIPPETS = {"1 / 0", "None", "[]", "{}", "'x'", "-1", "2 ** 100", "()", "0.5",
        "x", "len", "int", "[1, 2][5]", "'a' * 3", "{1, 2}", "range(3)", "print", "(1,)", "True", "lambda: 0",
        "sorted", "str.split", "{'k': [1]}", "float('nan')", "10 ** 20", "''.join", "set()"};

    private static String resource(String name) throws IOException {
        try (InputStream in = PythonRuntimeFuzzTest.class.getResourceAsStream("/python/programs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mutatedProgramsEndOnlyInLangExceptions() throws IOException {
        List<String> programs = new ArrayList<>();
        for (String name : List.of("strings.py", "numbers.py", "collections_.py", "control.py", "misc.py",
                "sets.py")) {
            programs.add(resource(name));
        }
        Random random = new Random(4242);
        for (int run = 0; run < 500; run++) {
            String mutated = mutate(programs.get(random.nextInt(programs.size())), random);
            assertThatCode(() -> PythonRunner.run(mutated, new Budget(200_000, 200, 200_000)))
                    .as("mutation %d:%n%s", run, mutated).doesNotThrowAnyException();
        }
    }

    /** Replaces a few expressions' worth of text on random lines with values of other types. */
    private static String mutate(String source, Random random) {
        List<String> lines = new ArrayList<>(source.lines().toList());
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int open = line.indexOf('(');
            int close = line.indexOf(')', open + 1);
            if (open >= 0 && close > open + 1) {
                String snippet = SNIPPETS[random.nextInt(SNIPPETS.length)];
                lines.set(at, line.substring(0, open + 1) + snippet + line.substring(close));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
