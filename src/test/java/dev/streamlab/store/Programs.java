package dev.streamlab.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Student programs of the grading tests' resources, submitted to the real grader of the bundled course. */
final class Programs {

    /** word-count solved with countByValue: passes every test. */
    static final String WORD_COUNT_RIGHT = read("word-count/scala/count-by-value.scala");
    /** word-count splitting on single spaces, so empty words are counted: fails. */
    static final String WORD_COUNT_WRONG = read("word-count/scala/keeps-empty-words.scala");

    private Programs() {
    }

    private static String read(String name) {
        try (InputStream in = Programs.class.getResourceAsStream("/grading/submissions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
