package dev.streamlab.lang.spark;

import dev.streamlab.Examples;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.Budget;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Property: whatever a student's program becomes — tokens dropped, doubled, swapped, names misspelled, numbers and
 * strings changed — running it through the whole product either succeeds or ends with a student-facing error that
 * renders in every language; no Java exception ever escapes, and no run hangs (the step budget stops it).
 */
class MutatedProgramsTest {

    private static final int CASES_PER_PROGRAM = 150;
    private static final String[] NOISE = {"(", ")", "{", "}", "[", "]", ".", ",", "_", "=>", "lambda", ":", "=",
        "+", "*", "/", "0", "-1", "\"x\"", "'y'", "None", "null", "reduceBykey", "pprint", "print", "\n", "    ",
        "if", "else", "def", "val", "None.get", "1 / 0", "x", "lines", "ssc", "window", "Seconds(0)", "10**20"};

    @TestFactory
    Stream<DynamicTest> mutatedProgramsEndWithAStudentFacingErrorOrRun() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("seed003_quick_example", "seed003_update_state_by_key", "seed000_workshop9",
                "seed001_stateless", "seed004_network_wordcount")) {
            Dialect dialect = name.startsWith("seed001") || name.startsWith("seed004") ? Dialect.PYTHON : Dialect.SCALA;
            String extension = dialect == Dialect.PYTHON ? ".py" : ".scala";
            String source = Examples.read(name + extension);
            String stream = Examples.read(name + ".stream");
            Random random = new Random(name.hashCode());
            for (int i = 0; i < CASES_PER_PROGRAM; i++) {
                String mutated = mutate(source, random);
                tests.add(DynamicTest.dynamicTest(name + " #" + i, () -> runsOrFailsCleanly(dialect, name + extension,
                        mutated, stream)));
            }
        }
        return tests.stream();
    }

    private static void runsOrFailsCleanly(Dialect dialect, String fileName, String source, String stream)
            throws Exception {
        Path folder = Files.createTempDirectory("mutated");
        OutputSink quiet = new OutputSink() {
            @Override
            public void out(String line) {
            }

            @Override
            public void err(String line) {
            }
        };
        assertThatCode(() -> {
            ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(source, fileName, dialect,
                    List.of("localhost", "9999"), StreamFile.parse(stream, "fuzz.stream"), 6, quiet,
                    ZoneId.of("UTC"), folder, null, new Budget(200_000, 200, 1_000_000)));
            if (outcome.error() != null) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"),
                        Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
                    assertThat(outcome.error().render(locale)).isNotBlank();
                }
            }
        }).doesNotThrowAnyException();
    }

    private static String mutate(String source, Random random) {
        List<String> tokens = new ArrayList<>(List.of(source.split("(?<=[\\s().,{}\\[\\]])|(?=[\\s().,{}\\[\\]])")));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(5)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
                case 2 -> tokens.add(at, NOISE[random.nextInt(NOISE.length)]);
                case 3 -> {
                    int other = random.nextInt(tokens.size());
                    String t = tokens.get(at);
                    tokens.set(at, tokens.get(other));
                    tokens.set(other, t);
                }
                default -> tokens.set(at, misspell(tokens.get(at), random));
            }
        }
        return String.join("", tokens);
    }

    private static String misspell(String token, Random random) {
        if (token.length() < 2) {
            return token + token;
        }
        int i = random.nextInt(token.length() - 1);
        return token.substring(0, i) + token.charAt(i + 1) + token.charAt(i) + token.substring(i + 2);
    }
}
