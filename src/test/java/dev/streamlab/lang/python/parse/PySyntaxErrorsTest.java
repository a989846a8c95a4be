package dev.streamlab.lang.python.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken programs: the error class, message, line and column CPython 3.11's compiler reports for each. */
class PySyntaxErrorsTest {

    @Test
    void syntaxErrorsMatchCPython() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream("/python/syntax-errors.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> mismatches = new ArrayList<>();
        for (String row : table.lines().skip(1).toList()) {
            String[] cells = row.split("\t");
            String source = cells[0].replace("\\n", "\n") + "\n";
            String expected = cells[1] + ": " + cells[2] + " @" + cells[3] + ":" + cells[4];
            String actual;
            try {
                PyParser.parse(source, "f.py");
                actual = "no error";
            } catch (PySyntaxError e) {
                actual = e.kind() + ": " + e.getMessage() + " @" + e.line() + ":" + e.column();
            }
            if (!actual.equals(expected)) {
                mismatches.add(cells[0] + "\n    CPython: " + expected + "\n    ours:    " + actual);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
