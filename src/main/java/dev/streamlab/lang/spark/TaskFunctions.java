package dev.streamlab.lang.spark;

import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * RDD transformations as Spark's tasks run them: every partition applies its own deserialized copy of the student's
 * function ({@link LangFunction#taskCopy()}), so {@code rdd.map { x => n += 1; (x, n) }} numbers each partition from
 * the driver's {@code n} and leaves the driver's {@code n} alone.
 */
final class TaskFunctions {

    private TaskFunctions() {
    }

    static Function<Iterator<Object>, Iterator<Object>> map(LangFunction f) {
        return records -> {
            LangFunction task = f.taskCopy();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Object next() {
                    return task.call1(records.next());
                }
            };
        };
    }

    static Function<Iterator<Object>, Iterator<Object>> filter(LangFunction f) {
        return records -> {
            LangFunction task = f.taskCopy();
            return new Lookahead() {
                @Override
                boolean advance() {
                    while (records.hasNext()) {
                        Object record = records.next();
                        if (task.test(record)) {
                            found = record;
                            return true;
                        }
                    }
                    return false;
                }
            };
        };
    }

    static Function<Iterator<Object>, Iterator<Object>> flatMap(RunContext context, LangFunction f) {
        return records -> {
            LangFunction task = f.taskCopy();
            return new Lookahead() {
                private Iterator<?> current = Collections.emptyIterator();

                @Override
                boolean advance() {
                    while (!current.hasNext()) {
                        if (!records.hasNext()) {
                            return false;
                        }
                        current = Values.iterable(context, task.call1(records.next())).iterator();
                    }
                    found = current.next();
                    return true;
                }
            };
        };
    }

    /** An iterator that finds its next element ahead of {@code next()}, as filter and flatMap need. */
    private abstract static class Lookahead implements Iterator<Object> {
        Object found;
        private boolean ready;
        private boolean exhausted;

        abstract boolean advance();

        @Override
        public boolean hasNext() {
            if (!ready && !exhausted) {
                ready = advance();
                exhausted = !ready;
            }
            return ready;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return found;
        }
    }
}
