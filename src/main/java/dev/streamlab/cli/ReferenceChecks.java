package dev.streamlab.cli;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.GradingOptions;
import dev.streamlab.exercise.Problem;
import dev.streamlab.exercise.TestStream;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.spark.ProgramRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code streamlab validate} checks by compiling and running an exercise's programs: every starter compiles,
 * every reference runs without error on every test stream with the exercise's sources and batch interval, the Scala
 * and Python references agree batch by batch as values, and only references that recover meet {@code --- restart}.
 */
final class ReferenceChecks {

    private static final Pattern RESTART = Pattern.compile("(?m)^--- restart( \\d+)?[ \\t]*$");
    private static final OutputSink SILENT = new OutputSink() {
        @Override
        public void out(String line) {
        }

        @Override
        public void err(String line) {
        }
    };

    /** One reference's graded outputs on one stream: batch → graded output → its elements, normalized. */
    private record Run(List<List<List<Object>>> batches) {
    }

    private final Exercise exercise;
    private final List<Problem> problems = new ArrayList<>();

    private ReferenceChecks(Exercise exercise) {
        this.exercise = exercise;
    }

    static List<Problem> check(Exercise exercise) {
        ReferenceChecks checks = new ReferenceChecks(exercise);
        checks.run();
        return checks.problems;
    }

    private void run() {
        checkTestCounts();
        checkRestarts();
        Map<Dialect, Map<TestStream, Run>> runs = new LinkedHashMap<>();
        for (Dialect dialect : exercise.dialects()) {
            compiles(dialect, false);
            if (compiles(dialect, true)) {
                Map<TestStream, Run> byStream = new LinkedHashMap<>();
                for (TestStream test : tests()) {
                    Run run = runReference(dialect, test);
                    if (run != null) {
                        byStream.put(test, run);
                    }
                }
                runs.put(dialect, byStream);
            }
        }
        Map<TestStream, Run> scala = runs.get(Dialect.SCALA);
        Map<TestStream, Run> python = runs.get(Dialect.PYTHON);
        if (scala != null && python != null) {
            for (TestStream test : tests()) {
                if (scala.containsKey(test) && python.containsKey(test)) {
                    compare(test, scala.get(test), python.get(test));
                }
            }
        }
    }

    private List<TestStream> tests() {
        List<TestStream> tests = new ArrayList<>(exercise.visibleTests());
        tests.addAll(exercise.hiddenTests());
        return tests;
    }

    private void checkTestCounts() {
        int all = exercise.visibleTests().size() + exercise.hiddenTests().size();
        if (all < 3 || exercise.hiddenTests().isEmpty()) {
            problems.add(new Problem(exercise.describe("tests"), 1, "the exercise has " + all + " test streams, "
                    + exercise.hiddenTests().size() + " hidden", "give it at least 3 test streams, at least 1 of"
                    + " them in tests/hidden/ (empty batches, repeated keys, Unicode, punctuation)"));
        }
    }

    private void checkRestarts() {
        boolean recovers = exercise.dialects().stream()
                .allMatch(d -> exercise.solution(d).contains("getOrCreate"));
        for (TestStream test : tests()) {
            Matcher restart = RESTART.matcher(test.text());
            if (restart.find() && !recovers) {
                int line = (int) test.text().substring(0, restart.start()).chars().filter(c -> c == '\n').count() + 1;
                problems.add(new Problem(exercise.describe(test.path()), line, "--- restart in an exercise whose"
                        + " reference does not recover with StreamingContext.getOrCreate",
                        "use getOrCreate and a checkpoint in every reference, or remove the restart"));
            }
        }
    }

    private boolean compiles(Dialect dialect, boolean solution) {
        String path = Exercise.programPath(dialect, solution);
        String source = solution ? exercise.solution(dialect) : exercise.starter(dialect);
        try {
            dialect.compile(source, exercise.describe(path));
            return true;
        } catch (LangException e) {
            int line = e.position() == null ? 1 : e.position().line();
            problems.add(new Problem(exercise.describe(path), line, (solution ? "the reference" : "the starter")
                    + " does not compile: " + e.message(Locale.ENGLISH), solution ? "fix the reference solution"
                    : "fix the starter so that it compiles (mark the student's part with ...)"));
            return false;
        }
    }

    private Run runReference(Dialect dialect, TestStream test) {
        String path = Exercise.programPath(dialect, true);
        String file = exercise.describe(path);
        GradingOptions grading = exercise.grading();
        Path folder = temporaryFolder();
        ProgramRun.Outcome outcome;
        try {
            outcome = ProgramRun.runReporting(new ProgramRun.Request(exercise.solution(dialect), file, dialect,
                    List.of(), test.stream(), grading.batches(), SILENT, ZoneId.of("UTC"), folder, null, null));
        } finally {
            delete(folder);
        }
        String on = " on " + test.path();
        if (outcome.error() != null) {
            LangException error = outcome.error();
            int line = error.position() == null ? 1 : error.position().line();
            problems.add(new Problem(file, line, "the " + name(dialect) + " reference fails" + on + ": "
                    + error.message(Locale.ENGLISH), "fix the reference solution or the test stream"));
            return null;
        }
        List<BatchReport> reports = outcome.reports();
        if (reports.isEmpty()) {
            problems.add(new Problem(file, 1, "the " + name(dialect) + " reference ran no batch" + on,
                    "start the StreamingContext and await its termination"));
            return null;
        }
        checkSourcesAndBatch(dialect, file, on, reports.get(0));
        List<Integer> prints = reports.stream().flatMap(r -> r.outputs().stream()).filter(ReferenceChecks::isPrint)
                .map(BatchReport.OutputReport::index).distinct().sorted().toList();
        List<List<List<Object>>> batches = new ArrayList<>();
        for (BatchReport report : reports) {
            List<List<Object>> outputs = new ArrayList<>();
            report.outputs().stream().filter(ReferenceChecks::isPrint)
                    .sorted(Comparator.comparingInt(BatchReport.OutputReport::index))
                    .filter(output -> grading.grades(prints.indexOf(output.index()) + 1))
                    .forEach(output -> outputs.add(output.elements().stream().map(OutputValues::normalize).toList()));
            batches.add(outputs);
        }
        return new Run(batches);
    }

    /** Graded outputs are what print() / pprint() show, not what foreachRDD does. */
    private static boolean isPrint(BatchReport.OutputReport output) {
        return output.operation().equals("print");
    }

    private void checkSourcesAndBatch(Dialect dialect, String file, String on, BatchReport first) {
        TreeSet<String> read = new TreeSet<>(first.recordsPerSource().keySet());
        TreeSet<String> expected = new TreeSet<>(exercise.sources());
        if (!read.equals(expected)) {
            problems.add(new Problem(file, 1, "the " + name(dialect) + " reference reads " + describe(read)
                    + on + ", the exercise's sources are " + describe(expected),
                    "make sources in instructions.en.md and the reference's socketTextStream calls agree"));
        }
        long batch = first.time().milliseconds();
        if (batch != exercise.batch().milliseconds()) {
            problems.add(new Problem(file, 1, "the " + name(dialect) + " reference uses a batch interval of "
                    + batch + " ms, the exercise's batch is " + exercise.batch().milliseconds() + " ms",
                    "make batch in instructions.en.md and the reference's StreamingContext agree"));
        }
    }

    private void compare(TestStream test, Run scala, Run python) {
        String file = exercise.describe(Exercise.programPath(Dialect.PYTHON, true));
        String on = " on " + test.path();
        if (scala.batches().size() != python.batches().size()) {
            problems.add(new Problem(file, 1, "the Python reference ran " + python.batches().size()
                    + " batches" + on + ", the Scala reference " + scala.batches().size(),
                    "make both references stop the same way (awaitTermination)"));
            return;
        }
        GradingOptions grading = exercise.grading();
        for (int b = 0; b < scala.batches().size(); b++) {
            List<List<Object>> s = scala.batches().get(b);
            List<List<Object>> p = python.batches().get(b);
            if (s.size() != p.size()) {
                problems.add(new Problem(file, 1, "batch " + (b + 1) + on + ": the Python reference has "
                        + p.size() + " graded outputs, the Scala reference " + s.size(),
                        "give both references the same output operations (print / pprint) in the same order"));
                return;
            }
            for (int o = 0; o < s.size(); o++) {
                if (!OutputValues.agree(s.get(o), p.get(o), grading.ordered(), grading.tolerance())) {
                    problems.add(new Problem(file, 1, "the references disagree" + on + ", batch " + (b + 1)
                            + ", output " + (o + 1) + ": Scala " + OutputValues.show(s.get(o)) + ", Python "
                            + OutputValues.show(p.get(o)), "fix the reference that is wrong"));
                    return;
                }
            }
        }
    }

    private static String describe(TreeSet<String> sources) {
        return sources.isEmpty() ? "no socket source" : String.join(", ", sources);
    }

    private static String name(Dialect dialect) {
        return dialect == Dialect.SCALA ? "Scala" : "Python";
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("streamlab-validate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
