package dev.streamlab.engine.rdd;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Predicate;

/** Lazy iterator combinators: a record is computed only when a job pulls it, as in Spark. */
final class Iterators {

    private Iterators() {
    }

    static <T, U> Iterator<U> map(Iterator<T> in, Function<? super T, ? extends U> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public U next() {
                return f.apply(in.next());
            }
        };
    }

    static <T> Iterator<T> filter(Iterator<T> in, Predicate<? super T> p) {
        return new Iterator<>() {
            private T pending;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && in.hasNext()) {
                    T candidate = in.next();
                    if (p.test(candidate)) {
                        pending = candidate;
                        ready = true;
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                T out = pending;
                pending = null;
                return out;
            }
        };
    }

    static <T, U> Iterator<U> flatMap(Iterator<T> in, Function<? super T, ? extends Iterable<? extends U>> f) {
        return new Iterator<>() {
            private Iterator<? extends U> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!in.hasNext()) {
                        return false;
                    }
                    Iterable<? extends U> next = f.apply(in.next());
                    current = next == null ? Collections.emptyIterator() : next.iterator();
                }
                return true;
            }

            @Override
            public U next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @SafeVarargs
    static <T> Iterator<T> concat(Iterator<? extends T>... parts) {
        return new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                while (index < parts.length) {
                    if (parts[index].hasNext()) {
                        return true;
                    }
                    index++;
                }
                return false;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return parts[index].next();
            }
        };
    }
}
