package dev.streamlab.store;

import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What the instructor's dashboard shows, computed from progress and submissions. */
@Service
public class Dashboard {

    private final ProgressQuery progress;
    private final Submissions submissions;
    private final Students students;

    Dashboard(ProgressQuery progress, Submissions submissions, Students students) {
        this.progress = progress;
        this.submissions = submissions;
        this.students = students;
    }

    /** Every student with how many exercises they tried and passed, and their attempts in all. */
    public List<StudentSummary> students() {
        Map<String, List<Progress>> byStudent = progress.all().stream()
                .collect(Collectors.groupingBy(Progress::studentId));
        return students.all().stream().map(s -> {
            List<Progress> rows = byStudent.getOrDefault(s.id(), List.of());
            return new StudentSummary(s, rows.size(), (int) rows.stream().filter(Progress::passed).count(),
                    rows.stream().mapToInt(Progress::attempts).sum());
        }).toList();
    }

    public record StudentSummary(Student student, int tried, int passed, int attempts) {
    }

    public List<ExerciseStats> exercises() {
        Map<String, List<Progress>> byExercise = progress.all().stream()
                .collect(Collectors.groupingBy(Progress::exerciseId, TreeMap::new, Collectors.toList()));
        List<ExerciseStats> stats = new ArrayList<>();
        byExercise.forEach((exercise, rows) -> {
            List<Progress> passed = rows.stream().filter(Progress::passed).toList();
            double attempts = median(rows.stream().mapToDouble(Progress::attempts).sorted().toArray());
            double[] toPass = passed.stream().map(p -> p.timeToPass().orElseThrow())
                    .mapToDouble(Duration::toMillis).sorted().toArray();
            stats.add(new ExerciseStats(exercise, rows.size(), passed.size(), attempts,
                    toPass.length == 0 ? null : Duration.ofMillis(Math.round(median(toPass)))));
        });
        return stats;
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** One heat map per exercise that has failing attempts, from each attempt's first failing test. */
    public List<HeatMap> heatMaps() {
        Map<String, Map<String, Tally>> tallies = new TreeMap<>();
        for (StoredSubmission s : submissions.all()) {
            Optional<TestVerdict> firstFailure = s.verdicts().stream().filter(v -> !v.passed()).findFirst();
            firstFailure.ifPresent(v -> tallies.computeIfAbsent(s.exerciseId(), e -> new LinkedHashMap<>())
                    .computeIfAbsent(v.test(), t -> new Tally(v.hidden())).add(v));
        }
        List<HeatMap> maps = new ArrayList<>();
        tallies.forEach((exercise, byTest) -> {
            TreeSet<Integer> batches = new TreeSet<>();
            byTest.values().forEach(t -> batches.addAll(t.byBatch.keySet()));
            List<Integer> columns = List.copyOf(batches);
            List<HeatMap.Row> rows = new ArrayList<>();
            int max = 0;
            for (Map.Entry<String, Tally> entry : byTest.entrySet()) {
                Tally tally = entry.getValue();
                List<Integer> counts = columns.stream().map(b -> tally.byBatch.getOrDefault(b, 0)).toList();
                max = Math.max(max, Math.max(tally.withoutBatch,
                        counts.stream().mapToInt(Integer::intValue).max().orElse(0)));
                rows.add(new HeatMap.Row(entry.getKey(), tally.hidden, counts, tally.withoutBatch,
                        tally.dominantPitfall()));
            }
            maps.add(new HeatMap(exercise, columns, rows, max));
        });
        return maps;
    }

    private static final class Tally {

        final boolean hidden;
        final Map<Integer, Integer> byBatch = new TreeMap<>();
        final Map<Pitfall, Integer> pitfalls = new EnumMap<>(Pitfall.class);
        int withoutBatch;

        Tally(boolean hidden) {
            this.hidden = hidden;
        }

        void add(TestVerdict v) {
            if (v.batch() == null) {
                withoutBatch++;
            } else {
                byBatch.merge(v.batch(), 1, Integer::sum);
            }
            Pitfall.of(v).ifPresent(p -> pitfalls.merge(p, 1, Integer::sum));
        }

        Pitfall dominantPitfall() {
            return pitfalls.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
