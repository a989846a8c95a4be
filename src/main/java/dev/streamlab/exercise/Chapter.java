package dev.streamlab.exercise;

import java.util.Locale;

/** The course's chapters, in the order a student meets them. */
public enum Chapter {
    BASICS, WINDOWS, STATE, SOURCES;

    /** The name front matter uses: {@code basics}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Chapter ofId(String id) {
        for (Chapter chapter : values()) {
            if (chapter.id().equals(id)) {
                return chapter;
            }
        }
        return null;
    }
}
