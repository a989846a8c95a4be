package dev.streamlab.store;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What storage guarantees, run on H2 and on PostgreSQL by the subclasses. */
@SpringBootTest
abstract class StorageContract {

    @Autowired
    Courses courses;
    @Autowired
    Students students;
    @Autowired
    Submissions submissions;
    @Autowired
    ProgressQuery progress;
    @Autowired
    Dashboard dashboard;
    @Autowired
    GradesCsv grades;

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private String newCourse() {
        return courses.ensure("c" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void courseCodesIgnoreCaseAndSpaces() {
        String code = courses.ensure(" spark 24a" + UUID.randomUUID().toString().substring(0, 4));
        assertThat(code).isUpperCase().doesNotContain(" ");
        assertThat(courses.exists(code.toLowerCase())).isTrue();
        assertThat(courses.ensure(code)).isEqualTo(code);
        assertThat(courses.all()).containsOnlyOnce(code);
    }

    @Test
    void aJoinedStudentIsFoundByTheirResumeTokenOnly() {
        String course = newCourse();
        Student anna = students.join(course.toLowerCase(), "  Anna Petrova ").orElseThrow();
        Student other = students.join(course, "Anna Petrova").orElseThrow();

        assertThat(anna.name()).isEqualTo("Anna Petrova");
        assertThat(anna.courseCode()).isEqualTo(course);
        assertThat(anna.resumeToken()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(other.resumeToken());
        assertThat(students.byResumeToken(anna.resumeToken())).contains(anna);
        assertThat(students.byResumeToken(anna.resumeToken() + "x")).isEmpty();
        assertThat(students.byResumeToken("")).isEmpty();
    }

    @Test
    void nobodyJoinsACourseThatDoesNotExist() {
        assertThat(students.join("NO-SUCH-COURSE-" + UUID.randomUUID(), "Li Wei")).isEmpty();
    }

    @Test
    void aSubmissionIsReadBackWholeWithItsVerdicts() {
        Student student = students.join(newCourse(), "张伟").orElseThrow();
        StoredSubmission attempt = Attempts.of(student.id(), "windowed-word-count", T0, List.of(
                Attempts.pass("visible-1"),
                Attempts.failAt("generated-2", 3, List.of("(a,2)", "(b,1)"), List.of("(a,2)", "(b,1)", "(c,0)")),
                Attempts.hiddenFail("hidden-1", 2, "Does your window slide every 10 s?")));
        submissions.save(attempt);

        StoredSubmission read = submissions.byId(attempt.id()).orElseThrow();
        assertThat(read).isEqualTo(attempt);
        assertThat(read.verdicts().get(1).extra()).containsExactly("(c,0)");
        assertThat(submissions.ofStudent(student.id())).containsExactly(attempt);
    }

    @Test
    void progressCountsAttemptsAndKeepsTheFirstPass() {
        Student student = students.join(newCourse(), "Marie").orElseThrow();
        String exercise = "word-count";
        submissions.save(Attempts.of(student.id(), exercise, T0,
                List.of(Attempts.pass("a"), Attempts.failAt("b", 2, List.of("(x,1)"), List.of()))));
        assertThat(progress.ofStudent(student.id()).get(exercise).passed()).isFalse();

        StoredSubmission pass = Attempts.of(student.id(), exercise, T0.plusSeconds(90),
                List.of(Attempts.pass("a"), Attempts.pass("b")));
        submissions.save(pass);
        submissions.save(Attempts.of(student.id(), exercise, T0.plusSeconds(300),
                List.of(Attempts.pass("a"), Attempts.failAt("b", 1, List.of("(x,1)"), List.of()))));

        Progress p = progress.ofStudent(student.id()).get(exercise);
        assertThat(p.attempts()).isEqualTo(3);
        assertThat(p.bestScore()).isEqualTo(1.0);
        assertThat(p.firstSubmittedAt()).isEqualTo(T0);
        assertThat(p.passedAt()).isEqualTo(pass.gradedAt());
        assertThat(p.timeToPass()).contains(Duration.ofSeconds(90).plusMillis(12));
    }

    @Test
    void theDashboardCountsTriesPassesAndWhereAttemptsFailFirst() {
        String course = newCourse();
        String exercise = "dash-" + UUID.randomUUID().toString().substring(0, 6);
        Student quick = students.join(course, "Quick").orElseThrow();
        Student slow = students.join(course, "Slow").orElseThrow();
        Student stuck = students.join(course, "Stuck").orElseThrow();
        TestVerdict zeroKept = Attempts.failAt("visible-1", 4, List.of("(a,1)"), List.of("(a,1)", "(b,0)"));
        submissions.save(Attempts.of(quick.id(), exercise, T0, List.of(Attempts.pass("visible-1"))));
        submissions.save(Attempts.of(slow.id(), exercise, T0, List.of(zeroKept)));
        submissions.save(Attempts.of(slow.id(), exercise, T0.plusSeconds(60), List.of(zeroKept)));
        submissions.save(Attempts.of(slow.id(), exercise, T0.plusSeconds(120), List.of(Attempts.pass("visible-1"))));
        submissions.save(Attempts.of(stuck.id(), exercise, T0, List.of(zeroKept)));

        ExerciseStats stats = dashboard.exercises().stream().filter(e -> e.exerciseId().equals(exercise))
                .findFirst().orElseThrow();
        assertThat(stats.tried()).isEqualTo(3);
        assertThat(stats.passed()).isEqualTo(2);
        assertThat(stats.medianAttempts()).isEqualTo(1.0);
        assertThat(stats.medianTimeToPass()).isEqualTo(Duration.ofSeconds(60).plusMillis(12));

        HeatMap map = dashboard.heatMaps().stream().filter(m -> m.exerciseId().equals(exercise))
                .findFirst().orElseThrow();
        assertThat(map.batches()).containsExactly(4);
        assertThat(map.rows()).singleElement().satisfies(row -> {
            assertThat(row.counts()).containsExactly(3);
            assertThat(row.pitfall()).isEqualTo(Pitfall.ZERO_COUNTS_KEPT);
        });
    }

    @Test
    void gradesCsvHasOneRowPerStudentAndExercise() {
        String course = newCourse();
        Student student = students.join(course, "=HYPERLINK(\"x\"), Jr.").orElseThrow();
        submissions.save(Attempts.of(student.id(), "csv-exercise", T0.truncatedTo(ChronoUnit.SECONDS),
                List.of(Attempts.pass("a"))));

        StringWriter out = new StringWriter();
        grades.write(out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(GradesCsv.HEADER);
        assertThat(lines).contains(course + ",\"'=HYPERLINK(\"\"x\"\"), Jr.\"," + student.id()
                + ",csv-exercise,1,1.0000,true,2026-03-02T09:00:00Z,2026-03-02T09:00:00.012Z");
    }
}
