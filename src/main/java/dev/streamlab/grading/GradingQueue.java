package dev.streamlab.grading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * The server's one grading pool, shared with the live sessions: a fixed, small number of worker threads and a
 * bounded queue, never a thread per submission. Each waiting submission knows its place in the queue (1 = next) and
 * hears when it changes; its result completes a future. A full queue refuses new submissions at once.
 */
public final class GradingQueue implements AutoCloseable {

    /** The place a submission has while a worker grades it. */
    public static final int GRADING = 0;
    /** The place a submission has once graded (or failed, or cancelled). */
    public static final int DONE = -1;

    /** What a worker does with a submission: {@link Grader#grade}, or a stand-in that tests can hold back. */
    @FunctionalInterface
    interface Grading {
        GradeResult grade(GradedExercise exercise, Submission submission, Locale locale, long seed);
    }

    private final Grading grader;
    private final int capacity;
    private final List<Thread> workers = new ArrayList<>();
    private final ArrayDeque<Ticket> waiting = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private boolean closed;

    /**
     * @param workers  grading threads (1 or 2 on a small server: grading is CPU-bound and shares the cores with the
     *                 live sessions' scheduler)
     * @param capacity how many submissions may wait
     */
    public GradingQueue(Grader grader, int workers, int capacity) {
        this((Grading) grader::grade, workers, capacity);
    }

    GradingQueue(Grading grader, int workers, int capacity) {
        if (workers < 1) {
            throw new IllegalArgumentException("a grading queue needs at least one worker, not " + workers);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("a grading queue must hold at least one submission, not " + capacity);
        }
        this.grader = grader;
        this.capacity = capacity;
        for (int i = 1; i <= workers; i++) {
            Thread worker = new Thread(this::work, "grading-" + i);
            worker.setDaemon(true);
            // The dialects find their parsers and libraries with ServiceLoader, which must see the application.
            worker.setContextClassLoader(GradingQueue.class.getClassLoader());
            worker.setPriority(Thread.NORM_PRIORITY - 1);
            this.workers.add(worker);
            worker.start();
        }
    }

    /** One submission in the queue: its place, and its grade to come. */
    public static final class Ticket {
        private final GradedExercise exercise;
        private final Submission submission;
        private final Locale locale;
        private final long seed;
        private final IntConsumer placeListener;
        private final CompletableFuture<GradeResult> result = new CompletableFuture<>();
        private volatile int place;

        private Ticket(GradedExercise exercise, Submission submission, Locale locale, long seed,
                       IntConsumer placeListener) {
            this.exercise = exercise;
            this.submission = submission;
            this.locale = locale;
            this.seed = seed;
            this.placeListener = placeListener;
        }

        /** 1 for the next to be graded, {@link #GRADING} while graded, {@link #DONE} after. */
        public int place() {
            return place;
        }

        /** Completes with the grade; exceptionally if the exercise is broken or the queue closed first. */
        public CompletableFuture<GradeResult> result() {
            return result;
        }

        /** Places only ever go down (n … 1, grading, done), whichever worker reports a move first. */
        private synchronized void moveTo(int newPlace) {
            if (newPlace < place) {
                place = newPlace;
                placeListener.accept(newPlace);
            }
        }
    }

    /**
     * Queues a submission. {@code placeListener} hears every place it takes: its first place before this method
     * returns, then each move, {@link #GRADING} and {@link #DONE} (from a grading thread; it must not block).
     *
     * @throws QueueFull when {@code capacity} submissions already wait
     */
    public Ticket submit(GradedExercise exercise, Submission submission, Locale locale, long seed,
                         IntConsumer placeListener) {
        Ticket ticket = new Ticket(exercise, submission, locale, seed, placeListener);
        int place;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the grading queue is closed");
            }
            if (waiting.size() >= capacity) {
                throw new QueueFull(capacity);
            }
            waiting.addLast(ticket);
            place = waiting.size();
            ticket.place = place;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
        placeListener.accept(place);
        return ticket;
    }

    public Ticket submit(GradedExercise exercise, Submission submission, Locale locale, long seed) {
        return submit(exercise, submission, locale, seed, place -> { });
    }

    /** How many submissions wait (not counting those being graded). */
    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        while (true) {
            Ticket next;
            List<Ticket> moved;
            lock.lock();
            try {
                while (waiting.isEmpty() && !closed) {
                    notEmpty.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                next = waiting.pollFirst();
                moved = List.copyOf(waiting);
            } finally {
                lock.unlock();
            }
            next.moveTo(GRADING);
            for (int i = 0; i < moved.size(); i++) {
                Ticket behind = moved.get(i);
                behind.moveTo(i + 1);
            }
            grade(next);
        }
    }

    private void grade(Ticket ticket) {
        if (!ticket.result.isCancelled()) {
            try {
                ticket.result.complete(grader.grade(ticket.exercise, ticket.submission, ticket.locale, ticket.seed));
            } catch (RuntimeException | StackOverflowError e) {
                ticket.result.completeExceptionally(e);
            }
        }
        ticket.moveTo(DONE);
    }

    /** Stops the workers after the submissions being graded; the waiting ones complete with a cancellation. */
    @Override
    public void close() {
        List<Ticket> abandoned;
        lock.lock();
        try {
            closed = true;
            abandoned = List.copyOf(waiting);
            waiting.clear();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
        for (Ticket ticket : abandoned) {
            ticket.result.completeExceptionally(new CancellationException("the grading queue closed"));
            ticket.moveTo(DONE);
        }
    }

    /** The queue is full: the caller should say the server is busy and let the student submit again. */
    public static final class QueueFull extends RuntimeException {
        QueueFull(int capacity) {
            super("the grading queue is full (" + capacity + " submissions wait)");
        }
    }
}
