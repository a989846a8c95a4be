package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"strings", "numbers", "collections_", "control", "misc", "sets"})
    void printsWhatCPythonPrints(String name) throws IOException {
        PythonRunner runner = PythonRunner.run(resource(name + ".py"));
        assertThat(runner.error).as("error").isNull();
        String expected = resource(name + ".out");
        assertThat(String.join("\n", runner.out) + "\n").isEqualTo(expected);
    }

    /**
     * One expression per line of {@code expressions.txt}, each printed as {@code repr(value)} or as the exception it
     * raised ({@code ValueError: ...}); {@code expressions.out} holds what CPython printed.
     */
    @Test
    void expressionsEvaluateAsInCPython() throws IOException {
        List<String> expressions = resource("expressions.txt").lines().filter(l -> !l.isBlank()).toList();
        StringBuilder program = new StringBuilder("import json, re, math, operator\n"
                + "from datetime import datetime, timedelta\n"
                + "from collections import Counter, defaultdict, OrderedDict\n"
                + "from functools import reduce\n");
        for (String expression : expressions) {
            program.append("try:\n    print(repr((").append(expression).append(")))\n")
                    .append("except Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n");
        }
        PythonRunner runner = PythonRunner.run(program.toString());
        assertThat(runner.error).as("error").isNull();
        List<String> expected = resource("expressions.out").lines().toList();
        assertThat(runner.out).hasSameSizeAs(expected);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(runner.out.get(i))) {
                mismatches.add(expressions.get(i) + "\n    CPython: " + expected.get(i) + "\n    ours:    "
                        + runner.out.get(i));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
