package dev.streamlab.exercise;

import java.util.List;
import java.util.Locale;

/** The course's table of contents in one locale: chapters in order, and the exercises too broken to open. */
public record Catalog(List<Section> chapters, List<String> broken) {

    /** A chapter ({@code basics}) and its exercises by order. */
    public record Section(String chapter, List<Entry> exercises) {
    }

    /** One exercise as the catalog lists it; {@code dialects} as {@code scala}, {@code python}. */
    public record Entry(String id, String title, int difficulty, List<String> dialects) {
    }

    public Catalog {
        chapters = List.copyOf(chapters);
        broken = List.copyOf(broken);
    }

    public static Catalog of(Course course, Locale locale) {
        List<Section> sections = course.chapters().stream().map(chapter -> new Section(chapter.chapter().id(),
                chapter.exercises().stream().map(e -> new Entry(e.id(), e.title(locale), e.difficulty(),
                        e.dialects().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList())).toList()))
                .toList();
        return new Catalog(sections, course.broken().stream().map(CourseEntry::id).toList());
    }

    public boolean isEmpty() {
        return chapters.isEmpty() && broken.isEmpty();
    }
}
