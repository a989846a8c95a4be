package dev.streamlab.grading;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exercises assembled for grading's own tests under {@code src/test/resources/grading/exercises/}, laid out as
 * the exercise format lays them out (solutions, visible and hidden streams); each reads localhost:9999 every second.
 */
final class TestExercises {

    private TestExercises() {
    }

    static GradedExercise load(String id, Dialect dialect) {
        return load(id, dialect, GradingRules.defaults());
    }

    static GradedExercise load(String id, Dialect dialect, GradingRules rules) {
        Path folder = folder("exercises/" + id);
        List<TestCase> tests = new ArrayList<>();
        for (String kind : List.of("visible", "hidden")) {
            for (Path file : streams(folder.resolve("tests").resolve(kind))) {
                String name = file.getFileName().toString().replace(".stream", "");
                StreamFile stream = read(file);
                tests.add(kind.equals("hidden") ? TestCase.hidden(name, stream, "Hint for " + name + ".")
                        : TestCase.visible(name, stream));
            }
        }
        String solution = dialect == Dialect.SCALA ? "scala/solution.scala" : "python/solution.py";
        String reference = text(folder.resolve(solution));
        return new GradedExercise(id, dialect, reference, tests, rules, List.of("localhost:9999"),
                Duration.seconds(1));
    }

    /** A student program under {@code grading/submissions/}. */
    static Submission submission(String path) {
        Path file = folder("submissions/" + path);
        Dialect dialect = path.endsWith(".scala") ? Dialect.SCALA : Dialect.PYTHON;
        return new Submission(text(file), file.getFileName().toString(), dialect);
    }

    static Path folder(String path) {
        URL url = TestExercises.class.getResource("/grading/" + path);
        if (url == null) {
            throw new IllegalArgumentException("no test resource grading/" + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String text(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StreamFile read(Path file) {
        try {
            return StreamFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> streams(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".stream")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
