package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole programs exercising the language and library, each with the stdout CPython 3.11 printed for it
 * ({@code NAME.out}, made with {@code PYTHONHASHSEED=0 python3 NAME.py}).
 */
class PythonProgramsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = PythonProgramsTest.class.getResourceAsStream("/python/programs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"strings", "numbers", "collections_", "control", "misc"})
    void printsWhatCPythonPrints(String name) throws IOException {
        PythonRunner runner = PythonRunner.run(resource(name + ".py"));
        assertThat(runner.error).as("error").isNull();
        String expected = resource(name + ".out");
        assertThat(String.join("\n", runner.out) + "\n").isEqualTo(expected);
    }
}
