package dev.streamlab.engine.source;

import java.util.List;

/**
 * A {@code --- file NAME} block: a text file that appears atomically, during its batch, in the folder the
 * program's {@code textFileStream} watches. {@code line} is the directive's line.
 */
public record DroppedFile(String name, List<String> lines, int line) {

    public DroppedFile {
        lines = List.copyOf(lines);
    }

    /** The file's bytes as Hadoop's text reader gives them back: every line ended by a newline. */
    public String content() {
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l).append('\n');
        }
        return text.toString();
    }
}
