package dev.streamlab.lang.spark;

import dev.streamlab.engine.rdd.Rdd;

import java.util.AbstractQueue;
import java.util.Iterator;
import java.util.List;

/**
 * The program's own {@code mutable.Queue} as the queue a {@code queueStream} reads: each batch dequeues from the
 * student's queue itself, so RDDs pushed after {@code ssc.start()} are seen, and {@code rddQueue.size} shrinks as
 * Spark's does.
 */
final class LiveQueue extends AbstractQueue<Rdd<Object>> {

    private final List<Object> items;

    LiveQueue(List<Object> items) {
        this.items = items;
    }

    @Override
    public Iterator<Rdd<Object>> iterator() {
        Iterator<Object> it = items.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Rdd<Object> next() {
                return ScalaRddMethods.rdd(it.next());
            }

            @Override
            public void remove() {
                it.remove();
            }
        };
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean offer(Rdd<Object> rdd) {
        return items.add(rdd);
    }

    @Override
    public Rdd<Object> poll() {
        return items.isEmpty() ? null : ScalaRddMethods.rdd(items.remove(0));
    }

    @Override
    public Rdd<Object> peek() {
        return items.isEmpty() ? null : ScalaRddMethods.rdd(items.get(0));
    }
}
