package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradingQueueTest {

    private static final GradedExercise WINDOWED = TestExercises.load("windowed-count", Dialect.SCALA);
    private static final List<String> PROGRAMS = List.of("window-then-reduce.scala", "no-window.scala",
            "keeps-empty-words.scala", "hard-coded.scala", "other-port.scala");

    @Test
    void aBurstOfAHundredSubmissionsIsGradedWithNoneLostOrStuck() throws Exception {
        Grader grader = new Grader();
        try (GradingQueue queue = new GradingQueue(grader, 2, 128)) {
            List<GradingQueue.Ticket> tickets = new ArrayList<>();
            List<Integer> firstPlaces = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 100; i++) {
                Submission submission = TestExercises.submission("windowed-count/scala/" + PROGRAMS.get(i % 5));
                tickets.add(queue.submit(WINDOWED, submission, Locale.ENGLISH, i, firstPlaces::add));
            }
            CompletableFuture.allOf(tickets.stream().map(GradingQueue.Ticket::result)
                    .toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            for (int i = 0; i < 100; i++) {
                GradeResult result = tickets.get(i).result().get();
                GradeResult alone = grader.grade(WINDOWED,
                        TestExercises.submission("windowed-count/scala/" + PROGRAMS.get(i % 5)), Locale.ENGLISH, i);
                assertThat(result).isEqualTo(alone);
                assertThat(tickets.get(i).place()).isEqualTo(GradingQueue.DONE);
            }
            assertThat(firstPlaces).contains(GradingQueue.DONE).anyMatch(place -> place > 50);
            assertThat(queue.waiting()).isZero();
        }
    }

    @Test
    void eachWaitingSubmissionHearsItsPlaceGoDownToGradingThenDone() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch firstIsGrading = new CountDownLatch(1);
        try (GradingQueue queue = new GradingQueue(held(gate), 1, 10)) {
            queue.submit(WINDOWED, program(), Locale.ENGLISH, 0, place -> {
                if (place == GradingQueue.GRADING) {
                    firstIsGrading.countDown();
                }
            });
            assertThat(firstIsGrading.await(1, TimeUnit.MINUTES)).isTrue();
            List<List<Integer>> heard = new ArrayList<>();
            List<GradingQueue.Ticket> tickets = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                List<Integer> places = Collections.synchronizedList(new ArrayList<>());
                heard.add(places);
                tickets.add(queue.submit(WINDOWED, program(), Locale.ENGLISH, i, places::add));
            }
            assertThat(tickets).extracting(GradingQueue.Ticket::place).containsExactly(1, 2, 3);
            gate.countDown();
            CompletableFuture.allOf(tickets.stream().map(GradingQueue.Ticket::result)
                    .toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            assertThat(heard.get(0)).containsExactly(1, 0, -1);
            assertThat(heard.get(1)).containsExactly(2, 1, 0, -1);
            assertThat(heard.get(2)).containsExactly(3, 2, 1, 0, -1);
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndClosingCancelsTheWaiting() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch firstIsGrading = new CountDownLatch(1);
        GradingQueue queue = new GradingQueue(held(gate), 1, 2);
        GradingQueue.Ticket first = queue.submit(WINDOWED, program(), Locale.ENGLISH, 0, place -> {
            if (place == GradingQueue.GRADING) {
                firstIsGrading.countDown();
            }
        });
        assertThat(firstIsGrading.await(1, TimeUnit.MINUTES)).isTrue();
        GradingQueue.Ticket second = queue.submit(WINDOWED, program(), Locale.ENGLISH, 1);
        queue.submit(WINDOWED, program(), Locale.ENGLISH, 2);
        assertThatThrownBy(() -> queue.submit(WINDOWED, program(), Locale.ENGLISH, 3))
                .isInstanceOf(GradingQueue.QueueFull.class);
        queue.close();
        gate.countDown();
        assertThat(first.result().get(1, TimeUnit.MINUTES).exerciseId()).isEqualTo("windowed-count");
        assertThat(second.result()).isCompletedExceptionally();
        assertThat(second.place()).isEqualTo(GradingQueue.DONE);
    }

    private static Submission program() {
        return TestExercises.submission("windowed-count/scala/window-then-reduce.scala");
    }

    /** Grades nothing until the gate opens, then answers at once. */
    private static GradingQueue.Grading held(CountDownLatch gate) {
        return (exercise, submission, locale, seed) -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new GradeResult(exercise.id(), exercise.dialect(), seed, null, List.of());
        };
    }
}
