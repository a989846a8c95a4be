package dev.streamlab.exercise;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamFileException;
import dev.streamlab.lang.Dialect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one exercise folder as {@code exercises/README.md} describes it. What makes the exercise unusable (its
 * English front matter, a missing program, a malformed stream) makes it {@link CourseEntry.Broken}; what only
 * degrades it (a missing or stale translation, a missing hint) becomes a warning of a usable {@link Exercise}.
 */
final class ExerciseReader {

    static final String ENGLISH_FILE = "instructions.en.md";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9.-]+:(\\d{1,5})");
    private static final Pattern TEST_STREAM = Pattern.compile("tests/(visible|hidden)/([^/]+)\\.stream");
    private static final Pattern HINT_SEPARATOR = Pattern.compile("(?m)^---$");
    private static final Set<String> ENGLISH_KEYS = new LinkedHashSet<>(List.of("title", "chapter", "order",
            "difficulty", "batch", "sources", "dialects", "grading", "hidden-hints"));
    private static final Set<String> TRANSLATION_KEYS = new LinkedHashSet<>(List.of("title", "source-hash",
            "hidden-hints"));
    private static final String STREAM_ADVICE = "fix this line (stream files: exercises/README.md)";

    private final CourseFiles files;
    private final String id;
    private final List<Problem> fatal = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private ExerciseReader(CourseFiles files, String id) {
        this.files = files;
        this.id = id;
    }

    static CourseEntry read(CourseFiles files, String id) {
        return new ExerciseReader(files, id).read();
    }

    private CourseEntry read() {
        if (!ID.matcher(id).matches()) {
            fatal.add(new Problem(files.describe(id, ENGLISH_FILE), 1, "'" + id + "' is not a valid exercise id",
                    "rename the folder with lowercase letters, digits and dashes only (word-count)"));
            return broken();
        }
        Optional<String> englishText = files.read(id, ENGLISH_FILE);
        if (englishText.isEmpty()) {
            fatal.add(new Problem(files.describe(id, ENGLISH_FILE), 1, "the exercise has no English instructions",
                    "write " + ENGLISH_FILE + ": front matter (title, chapter, order, difficulty, batch, sources,"
                            + " dialects) and the instructions"));
            return broken();
        }
        String english = normalize(englishText.get());
        ExerciseMetadata englishMeta = null;
        Map<CourseLocale, Translation> translations = new EnumMap<>(CourseLocale.class);
        String file = files.describe(id, ENGLISH_FILE);
        FrontMatter matter = null;
        try {
            matter = FrontMatter.parse(english, file);
        } catch (FormatException e) {
            fatal.add(e.problem());
        }
        Map<Dialect, String> starters = new EnumMap<>(Dialect.class);
        Map<Dialect, String> solutions = new EnumMap<>(Dialect.class);
        List<TestStream> tests = readTests();
        if (matter != null) {
            englishMeta = englishMetadata(matter);
            if (englishMeta != null) {
                translations.put(CourseLocale.EN, new Translation(CourseLocale.EN, englishMeta.title(CourseLocale.EN),
                        Markdown.toHtml(matter.body()), true, englishMeta.hiddenHints()));
                readPrograms(englishMeta.dialects(), starters, solutions);
                checkHiddenHints(englishMeta);
            }
        }
        if (!fatal.isEmpty()) {
            return broken();
        }
        String hash = SourceHash.of(englishText.get());
        Map<CourseLocale, String> titles = new EnumMap<>(CourseLocale.class);
        titles.put(CourseLocale.EN, englishMeta.title(CourseLocale.EN));
        for (CourseLocale locale : CourseLocale.translations()) {
            Translation translation = readTranslation(locale, hash, englishMeta.hiddenHints().keySet());
            if (translation != null) {
                translations.put(locale, translation);
                if (translation.current()) {
                    titles.put(locale, translation.title());
                }
            }
        }
        ExerciseMetadata metadata = new ExerciseMetadata(titles, englishMeta.chapter(), englishMeta.order(),
                englishMeta.difficulty(), englishMeta.batch(), englishMeta.sources(),
                englishMeta.dialects(), englishMeta.grading(), englishMeta.hiddenHints());
        return new CourseEntry.Usable(new Exercise(id, metadata, translations, starters, solutions, readHints(),
                tests, warnings, files));
    }

    private CourseEntry broken() {
        List<Problem> all = new ArrayList<>(fatal);
        all.addAll(warnings);
        return new CourseEntry.Broken(id, all);
    }

    private ExerciseMetadata englishMetadata(FrontMatter matter) {
        int before = fatal.size();
        FieldReader fields = new FieldReader(matter, fatal);
        fields.rejectUnknownKeys(ENGLISH_KEYS);
        Problem misordered = fields.outOfOrder(List.copyOf(ENGLISH_KEYS));
        if (misordered != null) {
            warnings.add(misordered);
        }
        String title = fields.requiredText("title", "Word count");
        Chapter chapter = fields.requiredChoice("chapter", Chapter::ofId, "basics, windows, state, sources");
        Integer order = fields.requiredInteger("order", 1, 999, "1");
        Integer difficulty = fields.requiredInteger("difficulty", 1, 3, "1");
        Duration batch = fields.requiredDuration("batch");
        List<String> sources = fields.requiredTextList("sources", "[localhost:9999]", ExerciseReader::sourceError);
        List<String> dialectNames = fields.requiredTextList("dialects", "[scala, python]",
                name -> dialect(name) == null ? "is not a dialect (scala or python)" : null);
        GradingOptions grading = fields.grading();
        Map<String, String> hiddenHints = fields.optionalTextMap("hidden-hints",
                "one line per hidden test, 'name: the hint'");
        if (fatal.size() > before) {
            return null;
        }
        List<Dialect> dialects = dialectNames.stream().map(ExerciseReader::dialect).distinct().toList();
        return new ExerciseMetadata(Map.of(CourseLocale.EN, title), chapter, order, difficulty, batch, sources,
                dialects, grading, hiddenHints);
    }

    private static String sourceError(String source) {
        Matcher m = SOURCE.matcher(source);
        if (!m.matches()) {
            return "is not a socket source host:port";
        }
        int port = Integer.parseInt(m.group(1));
        return port < 1 || port > 65535 ? "has no valid port (1 to 65535)" : null;
    }

    private static Dialect dialect(String name) {
        return switch (name) {
            case "scala" -> Dialect.SCALA;
            case "python" -> Dialect.PYTHON;
            default -> null;
        };
    }

    private void readPrograms(List<Dialect> dialects, Map<Dialect, String> starters, Map<Dialect, String> solutions) {
        for (Dialect dialect : dialects) {
            for (boolean solution : new boolean[] {false, true}) {
                String path = Exercise.programPath(dialect, solution);
                Optional<String> text = files.read(id, path);
                if (text.isEmpty()) {
                    fatal.add(new Problem(files.describe(id, path), 1, "the " + (solution ? "reference solution"
                            : "starter") + " is missing though dialects lists " + name(dialect),
                            "write " + path + ", or remove " + name(dialect) + " from dialects"));
                } else {
                    (solution ? solutions : starters).put(dialect, normalize(text.get()));
                }
            }
        }
    }

    private List<TestStream> readTests() {
        List<TestStream> tests = new ArrayList<>();
        for (String path : files.files(id)) {
            if (!path.startsWith("tests/")) {
                continue;
            }
            Matcher test = TEST_STREAM.matcher(path);
            if (!test.matches()) {
                warnings.add(new Problem(files.describe(id, path), 1, "not a test stream",
                        "move test streams to tests/visible/NAME.stream or tests/hidden/NAME.stream"));
                continue;
            }
            String text = normalize(files.read(id, path).orElseThrow());
            String shown = files.describe(id, path);
            try {
                tests.add(new TestStream(test.group(2), test.group(1).equals("hidden"), text,
                        StreamFile.parse(text, shown)));
            } catch (StreamFileException e) {
                fatal.add(new Problem(shown, e.line(), e.reason(), STREAM_ADVICE));
            } catch (IllegalArgumentException e) {
                fatal.add(new Problem(shown, 1, e.getMessage(), STREAM_ADVICE));
            }
        }
        return tests;
    }

    private void checkHiddenHints(ExerciseMetadata metadata) {
        String file = files.describe(id, ENGLISH_FILE);
        Set<String> hidden = new TreeSet<>();
        for (String path : files.files(id)) {
            Matcher test = TEST_STREAM.matcher(path);
            if (test.matches() && test.group(1).equals("hidden")) {
                hidden.add(test.group(2));
            }
        }
        for (String name : hidden) {
            if (!metadata.hiddenHints().containsKey(name)) {
                warnings.add(new Problem(file, 1, "hidden test " + name + " has no hint",
                        "add under hidden-hints: '" + name + ": what the student should check'"));
            }
        }
        for (String name : metadata.hiddenHints().keySet()) {
            if (!hidden.contains(name)) {
                warnings.add(new Problem(file, 1, "hidden-hints names " + name + ", which is no hidden test",
                        "name a file of tests/hidden/ without .stream, or remove the hint"));
            }
        }
    }

    private Translation readTranslation(CourseLocale locale, String englishHash, Set<String> hintNames) {
        String path = "instructions." + locale.tag() + ".md";
        String file = files.describe(id, path);
        Optional<String> text = files.read(id, path);
        if (text.isEmpty()) {
            warnings.add(new Problem(file, 1, "the " + locale.englishName() + " translation is missing",
                    "translate " + ENGLISH_FILE + " into " + path + " (front matter: title, source-hash: "
                            + englishHash + ", hidden-hints)"));
            return null;
        }
        List<Problem> found = new ArrayList<>();
        FrontMatter matter;
        try {
            matter = FrontMatter.parse(normalize(text.get()), file);
        } catch (FormatException e) {
            warnings.add(e.problem());
            return null;
        }
        FieldReader fields = new FieldReader(matter, found);
        fields.rejectUnknownKeys(TRANSLATION_KEYS);
        Problem misordered = fields.outOfOrder(List.copyOf(TRANSLATION_KEYS));
        if (misordered != null) {
            found.add(misordered);
        }
        String title = fields.requiredText("title", "the title in " + locale.englishName());
        String recorded = fields.requiredText("source-hash", englishHash);
        Map<String, String> hiddenHints = fields.optionalTextMap("hidden-hints", "'name: the hint'");
        warnings.addAll(found);
        if (title == null || recorded == null) {
            return null;
        }
        boolean current = recorded.equalsIgnoreCase(englishHash);
        if (!current) {
            warnings.add(new Problem(file, fields.lineOf("source-hash"), "the " + locale.englishName()
                    + " translation is stale: " + ENGLISH_FILE + " changed since it was translated",
                    "bring it up to date with " + ENGLISH_FILE + ", then set source-hash: " + englishHash));
        }
        for (String name : hintNames) {
            if (!hiddenHints.containsKey(name)) {
                warnings.add(new Problem(file, fields.lineOf("hidden-hints"), "hidden-hints has no "
                        + locale.englishName() + " hint for " + name, "translate the English hint of " + name));
            }
        }
        return new Translation(locale, title, Markdown.toHtml(matter.body()), current, hiddenHints);
    }

    private Map<CourseLocale, List<String>> readHints() {
        Map<CourseLocale, List<String>> hints = new EnumMap<>(CourseLocale.class);
        for (CourseLocale locale : CourseLocale.values()) {
            files.read(id, "hints." + locale.tag() + ".md").ifPresent(text -> hints.put(locale,
                    HINT_SEPARATOR.splitAsStream(normalize(text)).map(String::strip).filter(h -> !h.isEmpty())
                            .map(Markdown::toHtml).toList()));
        }
        if (hints.containsKey(CourseLocale.EN)) {
            for (CourseLocale locale : CourseLocale.translations()) {
                if (!hints.containsKey(locale)) {
                    String path = "hints." + locale.tag() + ".md";
                    warnings.add(new Problem(files.describe(id, path), 1, "the " + locale.englishName()
                            + " hints are missing", "translate hints.en.md into " + path));
                } else if (hints.get(locale).size() != hints.get(CourseLocale.EN).size()) {
                    String path = "hints." + locale.tag() + ".md";
                    warnings.add(new Problem(files.describe(id, path), 1, "it has " + hints.get(locale).size()
                            + " hints, hints.en.md has " + hints.get(CourseLocale.EN).size(),
                            "give every hint of hints.en.md its translation, separated by lines '---'"));
                }
            }
        }
        for (String path : files.files(id)) {
            if (path.matches("hints\\..*\\.md")) {
                String tag = path.substring("hints.".length(), path.length() - ".md".length());
                CourseLocale locale = CourseLocale.ofTag(tag);
                if (locale == null || !locale.tag().equals(tag)) {
                    warnings.add(new Problem(files.describe(id, path), 1, "'" + tag + "' is not a course locale",
                            "name hint files hints.en.md, hints.fr.md, hints.ru.md, hints.zh-CN.md, hints.zh-TW.md"));
                }
            }
        }
        return hints;
    }

    private static String name(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    /** Files are compared, hashed and split with LF line endings whatever the editor saved. */
    private static String normalize(String text) {
        String lf = text.replace("\r\n", "\n");
        return lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
    }
}
