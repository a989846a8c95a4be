package dev.streamlab.grading;

import java.util.stream.Collectors;

/**
 * A message squeezed onto one line (for tables, CSV and summaries): a caret line is dropped, the other lines are
 * joined with " | " and runs of spaces shrink to one.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(String text) {
        return text.lines()
                .filter(line -> !line.isBlank() && !line.strip().equals("^"))
                .map(line -> line.strip().replaceAll("[ \\t]+", " "))
                .collect(Collectors.joining(" | "));
    }
}
