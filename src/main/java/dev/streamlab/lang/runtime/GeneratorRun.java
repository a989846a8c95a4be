package dev.streamlab.lang.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One call of a generator function: its frame and where its body stopped. The body runs on to its next
 * {@code yield} only when an item is asked for ({@link #hasNext} looks ahead exactly one item, which every consumer
 * takes at once), so an endless generator is fine as long as its consumer stops, and the step budget still stops
 * a consumer that never does.
 */
public final class GeneratorRun implements Iterator<Object> {

    /** A dialect's generator object, which a {@code yield from} delegates to directly (sent values, result). */
    public interface Holder {
        GeneratorRun generatorRun();
    }

    private final Frame frame;
    private final GeneratorNodes.Step body;
    private final CodeSite site;
    private final DialectSemantics semantics;
    private boolean ready;
    private boolean finished;
    private boolean running;
    private boolean started;
    private Object current;
    private Object received;
    private Object returned;

    GeneratorRun(Frame frame, GeneratorNodes.Resumable body, CodeSite site) {
        this.frame = frame;
        this.body = body.start(frame);
        this.site = site;
        this.semantics = frame.context.semantics();
        this.returned = semantics.unit();
    }

    void offer(Object value) {
        current = value;
    }

    Object received() {
        return received;
    }

    /** What the body returned ({@code return value}), once it has finished. */
    public Object returned() {
        return returned;
    }

    public boolean started() {
        return started;
    }

    public boolean running() {
        return running;
    }

    @Override
    public boolean hasNext() {
        return ready || advance(semantics.unit());
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return take();
    }

    Object take() {
        ready = false;
        return current;
    }

    /** {@code send(value)}: resumes the body with {@code value} as the paused yield's result; false when it ended. */
    public boolean send(Object value) {
        if (ready) {
            return true;
        }
        return advance(value);
    }

    /** The item the last successful {@link #send} stopped at. */
    public Object sent() {
        return take();
    }

    /** {@code close()}: the body does not run again. */
    public void close() {
        finished = true;
        ready = false;
    }

    boolean advance(Object value) {
        if (ready) {
            return true;
        }
        if (finished) {
            return false;
        }
        if (running) {
            throw semantics.generatorRunning();
        }
        running = true;
        started = true;
        received = value;
        Budget budget = frame.context.budget();
        budget.enter(site);
        try {
            ready = body.resume(this);
            finished = !ready;
        } catch (ControlSignal.Return signal) {
            if (signal.home != frame) {
                throw signal;
            }
            finished = true;
            returned = signal.value;
        } catch (ControlSignal signal) {
            finished = true;
            throw signal;
        } catch (RuntimeException e) {
            finished = true;
            throw semantics.escapedGenerator(e);
        } catch (StackOverflowError overflow) {
            finished = true;
            throw budget.recursionTooDeep(site);
        } finally {
            running = false;
            budget.exit();
        }
        return ready;
    }
}
