package dev.streamlab.exercise;

import dev.streamlab.engine.Duration;
import dev.streamlab.lang.Dialect;

import java.util.List;
import java.util.Map;

/**
 * What an exercise's front matter says.
 *
 * @param titles      the title in each locale whose translation is usable (English always)
 * @param sources     the socket sources the exercise feeds, {@code host:port}; the first is a stream file's default
 * @param hiddenHints per hidden test (file name without {@code .stream}), the English hint shown when it fails
 */
public record ExerciseMetadata(Map<CourseLocale, String> titles, Chapter chapter, int order, int difficulty,
                               Duration batch, List<String> sources, List<Dialect> dialects, GradingOptions grading,
                               Map<String, String> hiddenHints) {

    public ExerciseMetadata {
        titles = Map.copyOf(titles);
        sources = List.copyOf(sources);
        dialects = List.copyOf(dialects);
        hiddenHints = Map.copyOf(hiddenHints);
    }

    public String title(CourseLocale locale) {
        return titles.getOrDefault(locale, titles.get(CourseLocale.EN));
    }
}
