package dev.streamlab.exercise;

import java.util.List;
import java.util.Optional;

/** Where a course's files come from: a folder on disk, or the course bundled into the jar. */
public interface CourseFiles {

    /** The exercise folders, by name, sorted. */
    List<String> exerciseFolders();

    /** Every file of one exercise folder, as paths relative to it with {@code /} ({@code scala/starter.scala}). */
    List<String> files(String exercise);

    /** A file's text (UTF-8), empty when there is no such file. */
    Optional<String> read(String exercise, String path);

    /** How messages name a file: {@code exercises/word-count/instructions.fr.md}. */
    String describe(String exercise, String path);

    /** The files again as they are now (a folder is re-listed; the bundled course never changes). */
    CourseFiles refreshed();
}
