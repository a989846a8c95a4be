package dev.streamlab.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exercises of a course, by id, and its chapters in order. A broken exercise stays in the course as a
 * {@link CourseEntry.Broken} so that its page can say what is wrong while every other exercise stays usable.
 * Thread-safe: readers see one consistent snapshot; {@link #reload} swaps in a new one.
 */
public final class Course {

    /** A chapter and its usable exercises, by their {@code order}. */
    public record ChapterEntry(Chapter chapter, List<Exercise> exercises) {
        public ChapterEntry {
            exercises = List.copyOf(exercises);
        }
    }

    private volatile CourseFiles files;
    private volatile Map<String, CourseEntry> entries;

    private Course(CourseFiles files, Map<String, CourseEntry> entries) {
        this.files = files;
        this.entries = entries;
    }

    public static Course load(CourseFiles files) {
        Map<String, CourseEntry> entries = new LinkedHashMap<>();
        for (String id : files.exerciseFolders()) {
            entries.put(id, ExerciseReader.read(files, id));
        }
        return new Course(files, entries);
    }

    /** The course bundled into the jar. */
    public static Course bundled() {
        return load(BundledCourseFiles.load());
    }

    public CourseFiles files() {
        return files;
    }

    /** Every exercise folder, usable or broken, by id. */
    public List<CourseEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<CourseEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The usable exercise with this id. */
    public Optional<Exercise> exercise(String id) {
        return entry(id).filter(CourseEntry.Usable.class::isInstance)
                .map(e -> ((CourseEntry.Usable) e).exercise());
    }

    public List<Exercise> exercises() {
        return entries.values().stream().filter(CourseEntry.Usable.class::isInstance)
                .map(e -> ((CourseEntry.Usable) e).exercise()).toList();
    }

    /** Each usable exercise's title in {@code locale}, by id, in course order: how pages name an exercise. */
    public Map<String, String> titles(Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        exercises().forEach(e -> titles.put(e.id(), e.title(locale)));
        return titles;
    }

    public List<CourseEntry.Broken> broken() {
        return entries.values().stream().filter(CourseEntry.Broken.class::isInstance)
                .map(CourseEntry.Broken.class::cast).toList();
    }

    /** The chapters that have exercises, in course order, each with its exercises by order then id. */
    public List<ChapterEntry> chapters() {
        Map<Chapter, List<Exercise>> byChapter = new EnumMap<>(Chapter.class);
        for (Exercise exercise : exercises()) {
            byChapter.computeIfAbsent(exercise.chapter(), c -> new ArrayList<>()).add(exercise);
        }
        List<ChapterEntry> chapters = new ArrayList<>();
        byChapter.forEach((chapter, list) -> {
            list.sort(Comparator.comparingInt(Exercise::order).thenComparing(Exercise::id));
            chapters.add(new ChapterEntry(chapter, list));
        });
        return chapters;
    }

    /** Every problem the loader found, exercise by exercise. */
    public List<Problem> problems() {
        return entries.values().stream().flatMap(e -> e.problems().stream()).toList();
    }

    /** Reads every exercise again. */
    public synchronized void reload() {
        Course fresh = load(files.refreshed());
        files = fresh.files;
        entries = fresh.entries;
    }

    /** Reads one exercise folder again; a folder that disappeared leaves the course. */
    public synchronized void reload(String id) {
        CourseFiles current = files.refreshed();
        Map<String, CourseEntry> next = new LinkedHashMap<>(entries);
        if (current.exerciseFolders().contains(id)) {
            next.put(id, ExerciseReader.read(current, id));
        } else {
            next.remove(id);
        }
        files = current;
        entries = sortedById(next);
    }

    private static Map<String, CourseEntry> sortedById(Map<String, CourseEntry> entries) {
        Map<String, CourseEntry> sorted = new LinkedHashMap<>();
        entries.keySet().stream().sorted().forEach(id -> sorted.put(id, entries.get(id)));
        return sorted;
    }
}
