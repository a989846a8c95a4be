package dev.streamlab.grading;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.DialectSemantics;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.spark.ProgramRun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One program's run reduced to what grading compares: the batch times, the sources the program read, and every
 * output operation's records per batch time, each record in its printed form in the dialect (so {@code (a,2)} is
 * {@code (a,2)} whether the count is an Int or a Long). Immutable; a reference's run is cached as one of these.
 */
record RecordedRun(List<Long> batchTimes, Set<String> sources, List<OperationOutput> operations,
                   LangException error) {

    /** The records one output operation produced, per batch time; a time it produced nothing at is absent. */
    record OperationOutput(int index, String operation, Map<Long, List<String>> recordsByTime) {

        boolean isPrint() {
            return "print".equals(operation);
        }
    }

    static RecordedRun of(ProgramRun.Outcome outcome, Dialect dialect) {
        DialectSemantics semantics = dialect.semantics();
        List<Long> times = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Map<Integer, OperationOutput> operations = new TreeMap<>();
        for (BatchReport report : outcome.reports()) {
            long time = report.time().milliseconds();
            times.add(time);
            sources.addAll(report.recordsPerSource().keySet());
            for (BatchReport.OutputReport output : report.outputs()) {
                List<String> printed = new ArrayList<>(output.elements().size());
                for (Object element : output.elements()) {
                    printed.add(semantics.str(element));
                }
                operations.computeIfAbsent(output.index(),
                                i -> new OperationOutput(i, output.operation(), new TreeMap<>()))
                        .recordsByTime().put(time, Collections.unmodifiableList(printed));
            }
        }
        List<OperationOutput> frozen = operations.values().stream()
                .map(o -> new OperationOutput(o.index(), o.operation(),
                        Collections.unmodifiableMap(o.recordsByTime())))
                .toList();
        return new RecordedRun(List.copyOf(times), Collections.unmodifiableSet(sources), frozen, outcome.error());
    }

    /** The operations the rules grade, in order; a position the program lacks is null. */
    List<OperationOutput> graded(GradedOutputs outputs) {
        if (outputs.isAllPrints()) {
            return operations.stream().filter(OperationOutput::isPrint).toList();
        }
        List<OperationOutput> chosen = new ArrayList<>();
        for (int position : outputs.positions()) {
            chosen.add(operations.stream().filter(o -> o.index() == position - 1).findFirst().orElse(null));
        }
        return chosen;
    }
}
