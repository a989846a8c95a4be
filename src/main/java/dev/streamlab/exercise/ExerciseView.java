package dev.streamlab.exercise;

import dev.streamlab.lang.Dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a student's page shows of an exercise, in one locale: everything the lab page needs and nothing a browser
 * must not see (no reference solution, no hidden stream).
 *
 * @param shownLocale  the locale the instructions are in: English when the requested translation is missing or stale
 * @param dialects     the dialects offered ({@code scala}, {@code python}), in the exercise's order
 * @param dialect      the chosen one
 * @param starters     the editor's first program per dialect
 * @param batchMillis  the batch interval the program must use
 * @param streams      the visible test streams, which the student may replay
 * @param hints        the hints as HTML, revealed one by one
 */
public record ExerciseView(String id, String title, Chapter chapter, int difficulty, CourseLocale shownLocale,
                           String instructionsHtml, List<String> dialects, String dialect, Map<String, String> starters,
                           List<String> sources, long batchMillis, List<Stream> streams, List<String> hints) {

    /** A visible test stream: its name and its text. */
    public record Stream(String name, String text) {
    }

    public ExerciseView {
        dialects = List.copyOf(dialects);
        starters = Map.copyOf(starters);
        sources = List.copyOf(sources);
        streams = List.copyOf(streams);
        hints = List.copyOf(hints);
    }

    /** The exercise as a student sees it in {@code locale}, with {@code dialect} chosen when offered. */
    public static ExerciseView of(Exercise exercise, Locale locale, String dialect) {
        List<String> dialects = exercise.dialects().stream().map(ExerciseView::name).toList();
        Map<String, String> starters = new LinkedHashMap<>();
        for (Dialect offered : exercise.dialects()) {
            starters.put(name(offered), exercise.starter(offered));
        }
        String chosen = dialects.contains(dialect) ? dialect : dialects.get(0);
        List<Stream> streams = exercise.visibleTests().stream().map(t -> new Stream(t.name(), t.text())).toList();
        return new ExerciseView(exercise.id(), exercise.title(locale), exercise.chapter(), exercise.difficulty(),
                exercise.shownLocale(locale), exercise.instructionsHtml(locale), dialects, chosen, starters,
                exercise.sources(), exercise.batch().milliseconds(), streams, exercise.hints(locale));
    }

    public String starter() {
        return starters.get(dialect);
    }

    private static String name(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
