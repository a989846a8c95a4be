package dev.streamlab.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A course in a folder: the repository's {@code exercises/} or a teacher's own ({@code streamlab.exercises}). */
public final class FolderCourseFiles implements CourseFiles {

    private final Path root;
    private final String shownAs;

    /** {@code shownAs} prefixes file names in messages (the folder as the user typed it). */
    public FolderCourseFiles(Path root, String shownAs) {
        this.root = root;
        this.shownAs = shownAs.endsWith("/") ? shownAs.substring(0, shownAs.length() - 1) : shownAs;
    }

    public FolderCourseFiles(Path root) {
        this(root, root.toString());
    }

    public Path root() {
        return root;
    }

    @Override
    public List<String> exerciseFolders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the course folder " + root, e);
        }
    }

    @Override
    public List<String> files(String exercise) {
        Path folder = root.resolve(exercise);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @Override
    public Optional<String> read(String exercise, String path) {
        Path file = root.resolve(exercise).resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String describe(String exercise, String path) {
        return shownAs + "/" + exercise + "/" + path;
    }

    @Override
    public CourseFiles refreshed() {
        return this;
    }
}
