package dev.streamlab.exercise;

import dev.streamlab.engine.Duration;
import dev.streamlab.lang.Dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One exercise of the course, loaded and checked: its instructions in each locale (a missing or stale translation
 * reads as English), its starter and reference per dialect, its hints and its test streams. Immutable.
 */
public final class Exercise {

    private final String id;
    private final ExerciseMetadata metadata;
    private final Map<CourseLocale, Translation> translations;
    private final Map<Dialect, String> starters;
    private final Map<Dialect, String> solutions;
    private final Map<CourseLocale, List<String>> hints;
    private final List<TestStream> tests;
    private final List<Problem> warnings;
    private final CourseFiles files;

    Exercise(String id, ExerciseMetadata metadata, Map<CourseLocale, Translation> translations,
             Map<Dialect, String> starters, Map<Dialect, String> solutions, Map<CourseLocale, List<String>> hints,
             List<TestStream> tests, List<Problem> warnings, CourseFiles files) {
        this.id = id;
        this.metadata = metadata;
        this.translations = Map.copyOf(translations);
        this.starters = Map.copyOf(starters);
        this.solutions = Map.copyOf(solutions);
        this.hints = Map.copyOf(hints);
        this.tests = List.copyOf(tests);
        this.warnings = List.copyOf(warnings);
        this.files = files;
    }

    public String id() {
        return id;
    }

    public ExerciseMetadata metadata() {
        return metadata;
    }

    public String title(Locale locale) {
        return usable(locale).title();
    }

    public Chapter chapter() {
        return metadata.chapter();
    }

    public int order() {
        return metadata.order();
    }

    public int difficulty() {
        return metadata.difficulty();
    }

    /** The batch interval the program must use. */
    public Duration batch() {
        return metadata.batch();
    }

    public List<String> sources() {
        return metadata.sources();
    }

    public List<Dialect> dialects() {
        return metadata.dialects();
    }

    public GradingOptions grading() {
        return metadata.grading();
    }

    /** The instructions in {@code locale}, or in English when that translation is missing or stale. */
    public String instructionsHtml(Locale locale) {
        return usable(locale).html();
    }

    /** The locale the instructions are actually shown in for {@code locale}. */
    public CourseLocale shownLocale(Locale locale) {
        return usable(locale).locale();
    }

    public boolean offers(Dialect dialect) {
        return starters.containsKey(dialect);
    }

    /** What the editor opens with; the dialect must be one the exercise offers. */
    public String starter(Dialect dialect) {
        return require(starters, dialect);
    }

    /** The reference solution: for grading and validation only, never sent to a browser. */
    public String solution(Dialect dialect) {
        return require(solutions, dialect);
    }

    /** The hints as HTML, revealed one by one, in {@code locale} or else in English; empty when there are none. */
    public List<String> hints(Locale locale) {
        CourseLocale wanted = CourseLocale.closestTo(locale);
        return hints.getOrDefault(wanted, hints.getOrDefault(CourseLocale.EN, List.of()));
    }

    public List<TestStream> visibleTests() {
        return tests.stream().filter(t -> !t.hidden()).toList();
    }

    /** Grading only: never sent to a browser. */
    public List<TestStream> hiddenTests() {
        return tests.stream().filter(TestStream::hidden).toList();
    }

    /** The hint shown when hidden test {@code name} fails, in {@code locale} or else in English; null if none. */
    public String hiddenHint(String name, Locale locale) {
        String translated = usable(locale).hiddenHints().get(name);
        return translated != null ? translated : metadata.hiddenHints().get(name);
    }

    /**
     * What is wrong with the exercise that still lets students use it (a missing or stale translation, a missing
     * hint), for the validator.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /** How messages name one of its files ({@code exercises/word-count/scala/solution.scala}). */
    public String describe(String path) {
        return files.describe(id, path);
    }

    /** The path of a dialect's starter or solution inside the exercise folder. */
    public static String programPath(Dialect dialect, boolean solution) {
        String name = solution ? "solution" : "starter";
        return dialect == Dialect.SCALA ? "scala/" + name + ".scala" : "python/" + name + ".py";
    }

    private Translation usable(Locale locale) {
        Translation translation = translations.get(CourseLocale.closestTo(locale));
        return translation != null && translation.current() ? translation : translations.get(CourseLocale.EN);
    }

    private String require(Map<Dialect, String> programs, Dialect dialect) {
        String program = programs.get(dialect);
        if (program == null) {
            throw new IllegalArgumentException(id + " is not offered in " + dialect);
        }
        return program;
    }
}
