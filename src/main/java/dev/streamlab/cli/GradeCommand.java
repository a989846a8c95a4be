package dev.streamlab.cli;

import dev.streamlab.exercise.BundledCourseFiles;
import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.CourseEntry;
import dev.streamlab.exercise.CourseFiles;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.FolderCourseFiles;
import dev.streamlab.exercise.Problem;
import dev.streamlab.grading.GradeResult;
import dev.streamlab.grading.GradedExercise;
import dev.streamlab.grading.GradedExercises;
import dev.streamlab.grading.Grader;
import dev.streamlab.grading.Submission;
import dev.streamlab.lang.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code streamlab grade --exercise ID [--dialect scala|python] [--csv] [--exercises DIR] [--lang L] FILE…}: grades
 * each file against the exercise in one JVM, as the server grades a submission, and prints a table or CSV. Exit
 * status 0 only if every file passed every test, 1 otherwise, 2 when it could not grade at all.
 */
@Command(name = "grade", description = "Grade student programs against an exercise, as a submission is graded.")
final class GradeCommand implements Callable<Integer> {

    static final String CSV_HEADER = "file,exercise,dialect,score,passed,total,verdict,detail";

    @Option(names = "--exercise", required = true, paramLabel = "ID", description = "the exercise's id (its folder)")
    String exerciseId;

    @Option(names = "--dialect", paramLabel = "scala|python", description = "default: from each file's extension")
    String dialect;

    @Option(names = "--csv", description = "one header line, then one CSV row per file")
    boolean csv;

    @Option(names = "--exercises", paramLabel = "DIR",
            description = "a course folder (one folder per exercise); default: the course bundled into the jar")
    Path exercises;

    @Option(names = "--lang", paramLabel = "LOCALE", defaultValue = "en",
            description = "language of the verdicts: en, fr, ru, zh-CN, zh-TW")
    String locale;

    @Option(names = "--seed", paramLabel = "N",
            description = "seed of the generated streams; default: one derived from each file's content, so a"
                    + " regrade gives the same result")
    Long seed;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the programs to grade")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(out, err);
    }

    int run(PrintStream out, PrintStream err) {
        if (exercises != null && !Files.isDirectory(exercises)) {
            err.println("streamlab grade: " + exercises + " is not a folder of exercises");
            return 2;
        }
        CourseFiles courseFiles = exercises == null ? BundledCourseFiles.load()
                : new FolderCourseFiles(exercises, exercises.toString());
        Course course = Course.load(courseFiles);
        Optional<Exercise> exercise = course.exercise(exerciseId);
        if (exercise.isEmpty()) {
            err.println("streamlab grade: " + whyNoExercise(course));
            return 2;
        }
        Locale language = Locale.forLanguageTag(locale);
        Grader grader = new Grader();
        List<GradeResult> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            Dialect chosen = chooseDialect(file);
            if (chosen == null) {
                err.println("streamlab grade: cannot tell the dialect of " + file + "; pass --dialect scala|python");
                return 2;
            }
            if (!exercise.get().offers(chosen)) {
                err.println("streamlab grade: exercise " + exerciseId + " is not offered in " + name(chosen));
                return 2;
            }
            String code;
            try {
                code = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("streamlab grade: cannot read " + file);
                return 2;
            }
            GradedExercise graded = GradedExercises.of(exercise.get(), chosen, language);
            long fileSeed = seed != null ? seed : code.hashCode() * 0x9E3779B97F4A7C15L;
            results.add(grader.grade(graded, new Submission(code, file.getFileName().toString(), chosen), language,
                    fileSeed));
            names.add(file.toString());
        }
        if (csv) {
            printCsv(out, names, results);
        } else {
            printTable(out, names, results);
        }
        return results.stream().allMatch(GradeResult::allPassed) ? 0 : 1;
    }

    private String whyNoExercise(Course course) {
        Optional<CourseEntry> entry = course.entry(exerciseId);
        if (entry.isPresent() && entry.get() instanceof CourseEntry.Broken broken) {
            return "exercise " + exerciseId + " is broken: " + broken.problems().stream().map(Problem::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }
        return "no exercise " + exerciseId + " in " + (exercises == null ? "the bundled course" : exercises);
    }

    private static void printCsv(PrintStream out, List<String> names, List<GradeResult> results) {
        out.println(CSV_HEADER);
        for (int i = 0; i < results.size(); i++) {
            GradeResult r = results.get(i);
            out.println(String.join(",", Csv.field(names.get(i)), Csv.field(r.exerciseId()), name(r.dialect()),
                    score(r), Integer.toString(r.passed()), Integer.toString(r.total()), r.verdict(),
                    Csv.quoted(r.detail())));
        }
    }

    private static void printTable(PrintStream out, List<String> names, List<GradeResult> results) {
        int width = Math.max(4, names.stream().mapToInt(String::length).max().orElse(4));
        String row = "%-" + width + "s  %-6s  %5s  %7s  %-11s  %s%n";
        out.printf(row, "file", "dialect", "score", "passed", "verdict", "first failure");
        for (int i = 0; i < results.size(); i++) {
            GradeResult r = results.get(i);
            out.printf(row, names.get(i), name(r.dialect()), score(r), r.passed() + "/" + r.total(), r.verdict(),
                    r.detail());
        }
    }

    private static String score(GradeResult result) {
        return String.format(Locale.ROOT, "%.3f", result.score());
    }

    private static String name(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    private Dialect chooseDialect(Path file) {
        if (dialect != null) {
            return switch (dialect.toLowerCase(Locale.ROOT)) {
                case "scala" -> Dialect.SCALA;
                case "python", "py" -> Dialect.PYTHON;
                default -> null;
            };
        }
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".scala")) {
            return Dialect.SCALA;
        }
        return fileName.endsWith(".py") ? Dialect.PYTHON : null;
    }
}
