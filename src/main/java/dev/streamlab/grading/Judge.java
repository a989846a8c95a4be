package dev.streamlab.grading;

import dev.streamlab.lang.runtime.LangException;

import java.util.List;
import java.util.Optional;

/**
 * The verdict of one test: the submission's error if it failed, otherwise the first batch (in time order, then in
 * output order) at which a graded output differs from the reference's — in its records, or in whether it printed at
 * that batch time at all.
 */
final class Judge {

    private static final String BUDGET_KEYS = "lang.budget.";
    private static final int SHOWN_RECORDS = 20;

    private final GradingRules rules;
    private final RecordComparator comparator;
    private final GradingMessages messages;

    Judge(GradingRules rules, GradingMessages messages) {
        this.rules = rules;
        this.comparator = new RecordComparator(rules.order(), rules.tolerance());
        this.messages = messages;
    }

    static boolean isOverBudget(LangException error) {
        return error.key().startsWith(BUDGET_KEYS);
    }

    Verdict judge(RecordedRun reference, RecordedRun submission) {
        LangException error = submission.error();
        if (error != null) {
            String rendered = error.render(messages.locale());
            if (isOverBudget(error)) {
                return new Verdict.OverBudget(messages.get("grading.overBudget", rendered));
            }
            int line = error.position() == null ? 0 : error.position().line();
            int column = error.position() == null ? 0 : error.position().column();
            return new Verdict.Errored(rendered, line, column);
        }
        List<RecordedRun.OperationOutput> expectedOps = reference.graded(rules.outputs());
        List<RecordedRun.OperationOutput> gotOps = submission.graded(rules.outputs());
        int operations = Math.max(expectedOps.size(), gotOps.size());
        List<Long> times = reference.batchTimes();
        for (int b = 0; b < times.size(); b++) {
            long time = times.get(b);
            for (int op = 0; op < operations; op++) {
                List<String> expected = recordsAt(expectedOps, op, time);
                List<String> got = recordsAt(gotOps, op, time);
                Optional<Verdict> failed = compare(b + 1, time, op + 1, expected, got);
                if (failed.isPresent()) {
                    return failed.get();
                }
            }
        }
        return new Verdict.Passed(messages.get("grading.passed"));
    }

    private Optional<Verdict> compare(int batch, long time, int output, List<String> expected, List<String> got) {
        if (expected == null && got == null) {
            return Optional.empty();
        }
        if (got == null) {
            return Optional.of(failed(Verdict.Mismatch.MISSING_OUTPUT, batch, time, output, expected, List.of(),
                    expected, List.of(), messages.get("grading.failed.missingOutput", batch, time, output)));
        }
        if (expected == null) {
            return Optional.of(failed(Verdict.Mismatch.UNEXPECTED_OUTPUT, batch, time, output, List.of(), got,
                    List.of(), got, messages.get("grading.failed.unexpectedOutput", batch, time, output)));
        }
        Optional<RecordDiff> diff = comparator.compare(expected, got);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        RecordDiff d = diff.get();
        if (d.orderOnly()) {
            return Optional.of(failed(Verdict.Mismatch.ORDER, batch, time, output, expected, got, List.of(),
                    List.of(), messages.get("grading.failed.order", batch, time, output)
                            + "\n" + messages.get("grading.failed.expected", shown(expected))
                            + "\n" + messages.get("grading.failed.got", shown(got))));
        }
        StringBuilder message = new StringBuilder(messages.get("grading.failed.records", batch, time, output,
                expected.size(), got.size()));
        if (!d.missing().isEmpty()) {
            message.append('\n').append(messages.get("grading.failed.missing", shown(d.missing())));
        }
        if (!d.extra().isEmpty()) {
            message.append('\n').append(messages.get("grading.failed.extra", shown(d.extra())));
        }
        return Optional.of(failed(Verdict.Mismatch.RECORDS, batch, time, output, expected, got, d.missing(),
                d.extra(), message.toString()));
    }

    private static Verdict failed(Verdict.Mismatch mismatch, int batch, long time, int output, List<String> expected,
                                  List<String> got, List<String> missing, List<String> extra, String message) {
        return new Verdict.Failed(mismatch, batch, time, output, expected, got, missing, extra, message);
    }

    private static List<String> recordsAt(List<RecordedRun.OperationOutput> operations, int op, long time) {
        if (op >= operations.size() || operations.get(op) == null) {
            return null;
        }
        return operations.get(op).recordsByTime().get(time);
    }

    /** The records of a message, at most twenty of them: the verdict itself keeps them all. */
    private String shown(List<String> records) {
        if (records.size() <= SHOWN_RECORDS) {
            return String.join(" · ", records);
        }
        return String.join(" · ", records.subList(0, SHOWN_RECORDS)) + " · "
                + messages.get("grading.failed.more", records.size() - SHOWN_RECORDS);
    }
}
