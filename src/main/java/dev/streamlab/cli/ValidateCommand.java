package dev.streamlab.cli;

import dev.streamlab.exercise.BundledCourseFiles;
import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.CourseFiles;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.FolderCourseFiles;
import dev.streamlab.exercise.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code streamlab validate [DIR]}: checks every exercise of a course (default: the one bundled into the jar) and
 * prints one line per problem, {@code file:line: what is wrong — what to do}; exit status 0 only when there is none.
 */
@Command(name = "validate", description = "Check a course's exercises: format, translations, starters, references.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "a course folder (one folder per exercise); default: the course bundled into the jar")
    Path folder;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return run(out);
    }

    int run(PrintStream out) {
        if (folder != null && !Files.isDirectory(folder)) {
            out.println(folder + ":1: no such folder \u2014 give the folder that holds one folder per exercise");
            return 2;
        }
        CourseFiles files = folder == null ? BundledCourseFiles.load() : new FolderCourseFiles(folder,
                folder.toString());
        List<Problem> problems = validate(Course.load(files));
        problems.forEach(out::println);
        int exercises = files.exerciseFolders().size();
        if (problems.isEmpty()) {
            out.println(exercises + " exercises, no problem");
            return 0;
        }
        return 1;
    }

    /** Every problem of the course: what loading found, then what compiling and running the programs found. */
    static List<Problem> validate(Course course) {
        List<Problem> problems = new ArrayList<>(course.problems());
        ClassLoader loader = ValidateCommand.class.getClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "validate");
            // The dialects find their parsers with ServiceLoader, which must see the application's classes.
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Problem>>> checks = new ArrayList<>();
            for (Exercise exercise : course.exercises()) {
                checks.add(pool.submit(() -> ReferenceChecks.check(exercise)));
            }
            for (Future<List<Problem>> check : checks) {
                problems.addAll(check.get());
            }
            return problems;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
