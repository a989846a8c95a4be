package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever a student types, the parser answers with a tree or a {@link ScalaSyntaxException}: never an
 * IndexOutOfBounds, NullPointerException or StackOverflowError. Inputs are seed programs mutated with a seeded
 * {@link Random} (deleting, duplicating, swapping and inserting characters and tokens), plus pathological nesting.
 */
class ScalaParserRobustnessTest {

    private static final String FRAGMENTS = "(){}[]\"'`$_.,;:=>< -+*/%!&|^~@#\n\t\\ s\" f\" \"\"\" ${ /* */ // "
            + "case match if else for yield while do val var def object class new try catch finally throw return "
            + "1 1L 1.5 1e-3 'c' x _ => <- :: ++ += 单词 （";

    private static final List<String> SEEDS = List.of("seeds/scala/s003_transformations_test.scala",
            "seeds/scala/s003_foreach_rdd_mysql.scala", "seeds/scala/s004_network_word_count.scala",
            "examples/seed003_update_state_by_key.scala", "seeds/scala/s003_recovery_checkpoint.scala");

    @TestFactory
    Stream<DynamicTest> mutatedSeedProgramsFailOnlyWithSyntaxErrors() throws IOException {
        List<String> programs = new ArrayList<>();
        for (String name : SEEDS) {
            try (InputStream in = getClass().getResourceAsStream("/" + name)) {
                programs.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("mutation seed " + seed, () -> {
            Random random = new Random(seed);
            for (int round = 0; round < 50; round++) {
                String program = programs.get(random.nextInt(programs.size()));
                assertParsesOrReportsSyntaxError(mutate(program, random, 1 + random.nextInt(6)));
            }
        }));
    }

    @Test
    void randomFragmentSoupFailsOnlyWithSyntaxErrors() {
        String[] pieces = FRAGMENTS.split(" ");
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                source.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertParsesOrReportsSyntaxError(source.toString());
        }
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        for (String open : List.of("(", "{", "[", "f(", "if (a) ", "x => ", "-", "s\"${", "List(", "a + (")) {
            assertParsesOrReportsSyntaxError(open.repeat(5000) + "1");
        }
        assertParsesOrReportsSyntaxError("a" + " + a".repeat(20000));
        assertParsesOrReportsSyntaxError("a" + " :: a".repeat(20000));
        assertParsesOrReportsSyntaxError("x" + ".f(1)".repeat(20000));
    }

    @Test
    void nestingGuardPointsAtTheTooDeepToken() {
        for (String open : List.of("(", "{", "f(", "if (a) ", "x => ", "s\"${", "a + (", "!(")) {
            try {
                ScalaParser.parse(open.repeat(5000) + "1", "Deep.scala");
                fail("parsed " + open);
            } catch (ScalaSyntaxException error) {
                assertThat(error.key()).as(open).isIn("scala.syntax.nestedTooDeeply",
                        "scala.syntax.interpolationTooDeep");
                assertThat(error.line()).isEqualTo(1);
                assertThat(error.column()).isGreaterThan(1);
            }
        }
    }

    @Test
    void deepButReasonableNestingParses() {
        assertThat(ScalaParser.parse("val x = " + "(".repeat(40) + "1" + ")".repeat(40), "Deep.scala").statements())
                .hasSize(1);
    }

    private static String mutate(String program, Random random, int edits) {
        StringBuilder text = new StringBuilder(program);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(8));
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, at + length);
                case 1 -> text.insert(random.nextInt(text.length()), text.substring(at, at + length));
                case 2 -> text.insert(at, FRAGMENTS.split(" ")[random.nextInt(FRAGMENTS.split(" ").length)]);
                default -> text.setCharAt(at, FRAGMENTS.charAt(random.nextInt(FRAGMENTS.length())));
            }
        }
        return text.toString();
    }

    private static void assertParsesOrReportsSyntaxError(String source) {
        try {
            ScalaParser.parse(source, "Fuzz.scala");
        } catch (ScalaSyntaxException expected) {
            assertThat(expected.render(java.util.Locale.ENGLISH)).startsWith("Fuzz.scala:");
        } catch (RuntimeException | StackOverflowError unexpected) {
            fail("parser threw " + unexpected + " for:\n" + source, unexpected);
        }
    }
}
