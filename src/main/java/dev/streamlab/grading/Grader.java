package dev.streamlab.grading;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.SourceParser;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.spark.ProgramRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Grades a submission: runs it and the exercise's reference, in the same dialect, on every test stream and on a
 * variant of each visible stream generated from a seed, each on a manual clock, and compares their graded outputs
 * batch by batch. Keeps nothing between submissions but the reference's runs on the exercise's own streams. Safe to
 * call from several threads.
 */
public final class Grader {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final OutputSink DISCARD = new OutputSink() {
        @Override
        public void out(String line) {
        }

        @Override
        public void err(String line) {
        }
    };
    /** Spreads the one seed of a submission over its generated streams (the golden ratio's 64-bit constant). */
    private static final long SEED_STRIDE = 0x9E3779B97F4A7C15L;
    /** The step budget per batch of a grading run: ample for a test stream, a fifth of a live session's. */
    public static final long STEPS_PER_BATCH = 2_000_000L;

    private final ReferenceCache references = new ReferenceCache(1024);
    private final Map<Dialect, SourceParser> parsers = new EnumMap<>(Dialect.class);
    private final Path workFolder;
    private final Supplier<Budget> budgets;

    /**
     * @param workFolder where runs that write files ({@code saveAsTextFiles}) write them, one folder per run, deleted
     *                   after grading
     * @param budgets    the sandbox budget of each run
     */
    public Grader(Path workFolder, Supplier<Budget> budgets) {
        this.workFolder = workFolder;
        this.budgets = budgets;
        for (SourceParser parser : ServiceLoader.load(SourceParser.class, Grader.class.getClassLoader())) {
            parsers.put(Dialect.of(parser.language()), parser);
        }
    }

    /**
     * A grader writing under the system's temporary folder, whose runs may take {@link #STEPS_PER_BATCH} steps per
     * batch: test streams are small, so a runaway loop is stopped sooner than in a live session.
     */
    public Grader() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "streamlab-grading"),
                () -> new Budget(STEPS_PER_BATCH, Budget.DEFAULT_DEPTH, Budget.DEFAULT_OUTPUT_BYTES));
    }

    /**
     * Grades {@code submission} against {@code exercise}, with messages in {@code locale} and generated streams from
     * {@code seed} (store it: the same seed reproduces the same grading).
     *
     * @throws ReferenceFailure if the exercise's own reference fails on one of the streams
     */
    public GradeResult grade(GradedExercise exercise, Submission submission, Locale locale, long seed) {
        if (submission.dialect() != exercise.dialect()) {
            throw new IllegalArgumentException("a " + submission.dialect() + " submission cannot be graded against the "
                    + exercise.dialect() + " reference of " + exercise.id());
        }
        GradingMessages messages = new GradingMessages(locale);
        Optional<LangException> syntax = syntaxError(submission);
        if (syntax.isPresent()) {
            return rejected(exercise, seed, Admission.doesNotParse(syntax.get(), messages));
        }
        Path folder = workFolder.resolve(UUID.randomUUID().toString());
        try {
            return gradeParsed(exercise, submission, messages, seed, folder);
        } finally {
            deleteTree(folder);
        }
    }

    private GradeResult gradeParsed(GradedExercise exercise, Submission submission, GradingMessages messages,
                                    long seed, Path folder) {
        Admission admission = new Admission(exercise, messages);
        Judge judge = new Judge(exercise.rules(), messages);
        List<TestResult> visible = new ArrayList<>();
        List<TestResult> hidden = new ArrayList<>();
        List<TestResult> generated = new ArrayList<>();
        Set<String> referenceWords = WordSubstitution.literalWordsOf(exercise.reference());
        int run = 0;
        for (TestCase test : exercise.tests()) {
            Path referenceFolder = folder.resolve("reference-" + run);
            RecordedRun reference = references.get(exercise, test,
                    () -> runReference(exercise, test.name(), test.stream(), referenceFolder));
            RecordedRun got = runSubmission(submission, test.stream(), reference, folder.resolve("run-" + run++));
            Optional<Rejection> rejection = admission.check(got);
            if (rejection.isPresent()) {
                return rejected(exercise, seed, rejection.get());
            }
            Verdict verdict = judge.judge(reference, got);
            if (test.hidden()) {
                hidden.add(TestResult.Hidden.of(test.name(), verdict, test.hint(), messages));
                continue;
            }
            visible.add(new TestResult.Shown(test.name(), TestResult.Kind.VISIBLE, verdict));
            String name = test.name() + "~" + Long.toHexString(seed);
            long variantSeed = seed + visible.size() * SEED_STRIDE;
            StreamFile variant = StreamVariants.vary(test.stream(), referenceWords, variantSeed, name);
            RecordedRun variantReference = runReference(exercise, name, variant, folder.resolve("reference-" + run));
            RecordedRun variantGot = runSubmission(submission, variant, variantReference,
                    folder.resolve("run-" + run++));
            generated.add(new TestResult.Shown(name, TestResult.Kind.GENERATED,
                    generatedVerdict(judge.judge(variantReference, variantGot), test.name(), seed, messages)));
        }
        List<TestResult> results = new ArrayList<>(visible);
        results.addAll(hidden);
        results.addAll(generated);
        return new GradeResult(exercise.id(), exercise.dialect(), seed, null, results);
    }

    /** A generated stream's failure says what the stream was made from and why it exists. */
    private static Verdict generatedVerdict(Verdict verdict, String visibleTest, long seed, GradingMessages messages) {
        String note = messages.get("grading.generated.note", visibleTest, Long.toHexString(seed));
        if (verdict instanceof Verdict.Failed f) {
            return new Verdict.Failed(f.mismatch(), f.batch(), f.time(), f.output(), f.expected(), f.got(),
                    f.missing(), f.extra(), note + "\n" + f.message());
        }
        if (verdict instanceof Verdict.Errored e) {
            return new Verdict.Errored(note + "\n" + e.message(), e.line(), e.column());
        }
        if (verdict instanceof Verdict.OverBudget o) {
            return new Verdict.OverBudget(note + "\n" + o.message());
        }
        return verdict;
    }

    private RecordedRun runReference(GradedExercise exercise, String test, StreamFile stream, Path folder) {
        ProgramRun.Outcome outcome = ProgramRun.runReporting(new ProgramRun.Request(exercise.reference(),
                exercise.referenceFileName(), exercise.dialect(), List.of(), stream, exercise.rules().batches(),
                DISCARD, UTC, folder, null, budgets.get()));
        RecordedRun run = RecordedRun.of(outcome, exercise.dialect());
        if (run.error() != null || run.batchTimes().isEmpty()) {
            throw new ReferenceFailure(exercise.id(), exercise.dialect(), test,
                    run.error() == null ? "it ran no batch" : run.error().render(Locale.ENGLISH));
        }
        return run;
    }

    /** The submission runs exactly as many batches as the reference did, so both are compared over the same span. */
    private RecordedRun runSubmission(Submission submission, StreamFile stream, RecordedRun reference, Path folder) {
        ProgramRun.Outcome outcome = ProgramRun.runReporting(new ProgramRun.Request(submission.source(),
                submission.fileName(), submission.dialect(), List.of(), stream, reference.batchTimes().size(),
                DISCARD, UTC, folder, null, budgets.get()));
        return RecordedRun.of(outcome, submission.dialect());
    }

    private Optional<LangException> syntaxError(Submission submission) {
        try {
            parsers.get(submission.dialect()).parse(submission.source(), submission.fileName());
            return Optional.empty();
        } catch (LangException e) {
            return Optional.of(e.locatedIn(submission.fileName(), submission.source()));
        }
    }

    private static GradeResult rejected(GradedExercise exercise, long seed, Rejection rejection) {
        return new GradeResult(exercise.id(), exercise.dialect(), seed, rejection, List.of());
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up grading folder " + folder, e);
        }
    }
}
