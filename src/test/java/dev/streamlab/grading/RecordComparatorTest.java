package dev.streamlab.grading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordComparatorTest {

    @Test
    void aMultisetIgnoresOrderButCountsDuplicates() {
        RecordComparator multiset = new RecordComparator(RecordOrder.MULTISET, 0);
        assertThat(multiset.compare(List.of("(a,1)", "(b,2)"), List.of("(b,2)", "(a,1)"))).isEmpty();
        RecordDiff diff = multiset.compare(List.of("(a,1)", "(a,1)"), List.of("(a,1)", "(b,1)")).orElseThrow();
        assertThat(diff.missing()).containsExactly("(a,1)");
        assertThat(diff.extra()).containsExactly("(b,1)");
    }

    @Test
    void orderedComparisonReportsTheSameRecordsInAnotherOrder() {
        RecordComparator ordered = new RecordComparator(RecordOrder.ORDERED, 0);
        assertThat(ordered.compare(List.of("1", "2"), List.of("1", "2"))).isEmpty();
        assertThat(ordered.compare(List.of("1", "2"), List.of("2", "1")).orElseThrow().orderOnly()).isTrue();
    }

    @Test
    void numbersMatchWithinTheToleranceWhileTheTextAroundThemMustNot() {
        RecordComparator approximate = new RecordComparator(RecordOrder.MULTISET, 1e-6);
        assertThat(approximate.compare(List.of("(a,0.3)", "(b,1.0E-5)"),
                List.of("(b,1.00000001E-5)", "(a,0.30000000000000004)"))).isEmpty();
        RecordDiff diff = approximate.compare(List.of("(a,0.3)"), List.of("(a,0.31)")).orElseThrow();
        assertThat(diff.missing()).containsExactly("(a,0.3)");
        assertThat(diff.extra()).containsExactly("(a,0.31)");
        assertThat(approximate.compare(List.of("('a', 0.5)"), List.of("(a,0.5)"))).isPresent();
    }

    @Test
    void withoutToleranceNumbersCompareAsPrinted() {
        RecordComparator exact = new RecordComparator(RecordOrder.MULTISET, 0);
        assertThat(exact.compare(List.of("(a,0.3)"), List.of("(a,0.30000000000000004)"))).isPresent();
    }
}
