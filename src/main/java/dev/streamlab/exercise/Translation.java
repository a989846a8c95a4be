package dev.streamlab.exercise;

import java.util.Map;

/**
 * One locale's instructions.
 *
 * @param current     false when it was translated from another version of the English file (stale)
 * @param hiddenHints per hidden test, the hint in this language
 */
record Translation(CourseLocale locale, String title, String html, boolean current, Map<String, String> hiddenHints) {

    Translation {
        hiddenHints = Map.copyOf(hiddenHints);
    }
}
