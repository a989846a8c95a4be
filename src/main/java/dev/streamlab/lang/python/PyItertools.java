package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The rest of {@code itertools} lessons use: {@code groupby}, {@code accumulate}, {@code combinations},
 * {@code permutations}, {@code product}, {@code zip_longest}, {@code takewhile}/{@code dropwhile},
 * {@code filterfalse}, {@code starmap}, {@code compress}, {@code pairwise}, {@code repeat} and
 * {@code chain.from_iterable} and {@code cycle}, in CPython's order. Those that CPython documents as taking any
 * iterable lazily compute each item when it is asked for (an endless generator or {@code count} feeds them); the
 * combinatoric ones and {@code groupby} read their input at once.
 */
final class PyItertools {

    private PyItertools() {
    }

    private static PyIterator iterator(String name, List<Object> items) {
        return PyIterator.of("itertools." + name, items.iterator());
    }

    /** An iterator computing each item when it is asked for, so endless sources (generators, count) work. */
    private abstract static class OnDemand implements Iterator<Object> {
        private Object pending;
        private boolean ready;
        private boolean done;

        /** Computes the next item through {@link #emit}, or returns false when there is none. */
        abstract boolean produce();

        final boolean emit(Object item) {
            pending = item;
            return true;
        }

        @Override
        public final boolean hasNext() {
            if (!ready && !done) {
                ready = produce();
                done = !ready;
            }
            return ready;
        }

        @Override
        public final Object next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ready = false;
            return pending;
        }
    }

    private static PyIterator onDemand(String name, OnDemand items) {
        return PyIterator.of("itertools." + name, items);
    }

    private static void define(HostRegistry registry, HostObject module, String name, Function<PyCall, Object> body) {
        PyNative function = new PyNative(name, body);
        module.define(name, function);
        registry.importable("itertools." + name, function);
    }

    private static void indexTuples(List<Object> pool, int r, boolean permutations, boolean replacement,
            int[] chosen, int depth, boolean[] used, List<Object> out) {
        if (depth == r) {
            Object[] items = new Object[r];
            for (int i = 0; i < r; i++) {
                items[i] = pool.get(chosen[i]);
            }
            out.add(Tuple.of(items));
            Budget.checkSize(out.size());
            return;
        }
        int from = permutations || depth == 0 ? 0 : chosen[depth - 1] + (replacement ? 0 : 1);
        for (int i = from; i < pool.size(); i++) {
            if (permutations && used[i]) {
                continue;
            }
            chosen[depth] = i;
            used[i] = permutations;
            indexTuples(pool, r, permutations, replacement, chosen, depth + 1, used, out);
            used[i] = false;
        }
    }

    private static List<Object> selections(List<Object> pool, int r, boolean permutations, boolean replacement) {
        List<Object> out = new ArrayList<>();
        if (r >= 0 && (replacement || r <= pool.size())) {
            indexTuples(pool, r, permutations, replacement, new int[r], 0, new boolean[pool.size()], out);
        }
        return out;
    }

    static void install(HostRegistry registry) {
        if (!(registry.importableValue("itertools") instanceof HostObject module)) {
            return;
        }
        define(registry, module, "groupby", c -> {
            c.expect(1, 2, "key");
            Object key = c.arg(1, "key", null);
            List<Object> groups = new ArrayList<>();
            Object currentKey = null;
            List<Object> current = null;
            Iterator<?> source = PySequences.iterate(c.arg(0, "iterable"));
            while (source.hasNext()) {
                Object item = source.next();
                Object k = key == null ? item : PythonSemantics.callable(key).call1(item);
                if (current == null || !PyCompare.equal(k, currentKey)) {
                    current = new ArrayList<>();
                    currentKey = k;
                    groups.add(Tuple.pair(k, current));
                }
                current.add(item);
            }
            List<Object> out = new ArrayList<>();
            for (Object group : groups) {
                Tuple pair = (Tuple) group;
                @SuppressWarnings("unchecked")
                List<Object> members = (List<Object>) pair.value();
                out.add(Tuple.pair(pair.key(), PyIterator.of("itertools._grouper", members.iterator())));
            }
            return iterator("groupby", out);
        });
        define(registry, module, "accumulate", c -> {
            c.expect(1, 2, "func", "initial");
            Object func = c.arg(1, "func", null);
            Object initial = c.keyword("initial", null);
            Iterator<?> source = PySequences.iterate(c.arg(0, "iterable"));
            return onDemand("accumulate", new OnDemand() {
                private boolean started = initial != null;
                private boolean initialGiven;
                private Object total = initial;

                @Override
                boolean produce() {
                    if (started && !initialGiven && initial != null) {
                        initialGiven = true;
                        return emit(total);
                    }
                    if (!source.hasNext()) {
                        return false;
                    }
                    Object item = source.next();
                    total = !started ? item : func == null ? PyOps.add(total, item)
                            : PythonSemantics.callable(func).call2(total, item);
                    started = true;
                    return emit(total);
                }
            });
        });
        define(registry, module, "combinations", c -> iterator("combinations", selections(
                PySequences.toList(c.expect(2, 2).arg(0, "iterable")), (int) c.intArg(c.arg(1, "r"), "r"),
                false, false)));
        define(registry, module, "combinations_with_replacement", c -> iterator("combinations_with_replacement",
                selections(PySequences.toList(c.expect(2, 2).arg(0, "iterable")), (int) c.intArg(c.arg(1, "r"),
                        "r"), false, true)));
        define(registry, module, "permutations", c -> {
            List<Object> pool = PySequences.toList(c.expect(1, 2).arg(0, "iterable"));
            Object r = c.arg(1, "r", null);
            return iterator("permutations", selections(pool, r == null ? pool.size() : (int) c.intArg(r, "r"),
                    true, false));
        });
        define(registry, module, "product", c -> {
            int repeat = (int) c.intArg(c.keyword("repeat", 1L), "repeat");
            List<List<Object>> pools = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                for (Object iterable : c.positional()) {
                    pools.add(PySequences.toList(iterable));
                }
            }
            List<List<Object>> result = new ArrayList<>();
            result.add(new ArrayList<>());
            for (List<Object> pool : pools) {
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> prefix : result) {
                    for (Object item : pool) {
                        List<Object> extended = new ArrayList<>(prefix);
                        extended.add(item);
                        next.add(extended);
                    }
                }
                Budget.checkSize(next.size());
                result = next;
            }
            List<Object> out = new ArrayList<>();
            for (List<Object> items : result) {
                out.add(Tuple.of(items.toArray()));
            }
            return iterator("product", out);
        });
        define(registry, module, "zip_longest", c -> {
            Object fill = c.keyword("fillvalue", null);
            List<List<Object>> sources = new ArrayList<>();
            int longest = 0;
            for (Object iterable : c.positional()) {
                List<Object> items = PySequences.toList(iterable);
                sources.add(items);
                longest = Math.max(longest, items.size());
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < longest; i++) {
                Object[] row = new Object[sources.size()];
                for (int s = 0; s < row.length; s++) {
                    row[s] = i < sources.get(s).size() ? sources.get(s).get(i) : fill;
                }
                out.add(Tuple.of(row));
            }
            return iterator("zip_longest", out);
        });
        define(registry, module, "takewhile", c -> {
            LangFunction predicate = PythonSemantics.callable(c.expect(2, 2).arg(0, "predicate"));
            Iterator<?> source = PySequences.iterate(c.arg(1, "iterable"));
            return onDemand("takewhile", new OnDemand() {
                private boolean stopped;

                @Override
                boolean produce() {
                    if (stopped || !source.hasNext()) {
                        return false;
                    }
                    Object item = source.next();
                    stopped = !PyOps.isTruthy(predicate.call1(item));
                    return !stopped && emit(item);
                }
            });
        });
        define(registry, module, "dropwhile", c -> {
            LangFunction predicate = PythonSemantics.callable(c.expect(2, 2).arg(0, "predicate"));
            Iterator<?> source = PySequences.iterate(c.arg(1, "iterable"));
            return onDemand("dropwhile", new OnDemand() {
                private boolean dropping = true;

                @Override
                boolean produce() {
                    while (source.hasNext()) {
                        Object item = source.next();
                        if (!dropping || !PyOps.isTruthy(predicate.call1(item))) {
                            dropping = false;
                            return emit(item);
                        }
                    }
                    return false;
                }
            });
        });
        define(registry, module, "filterfalse", c -> {
            Object predicate = c.expect(2, 2).arg(0, "function");
            Iterator<?> source = PySequences.iterate(c.arg(1, "iterable"));
            return onDemand("filterfalse", new OnDemand() {
                @Override
                boolean produce() {
                    while (source.hasNext()) {
                        Object item = source.next();
                        Object verdict = predicate == null ? item : PythonSemantics.callable(predicate).call1(item);
                        if (!PyOps.isTruthy(verdict)) {
                            return emit(item);
                        }
                    }
                    return false;
                }
            });
        });
        define(registry, module, "starmap", c -> {
            LangFunction function = PythonSemantics.callable(c.expect(2, 2).arg(0, "function"));
            Iterator<?> source = PySequences.iterate(c.arg(1, "iterable"));
            return onDemand("starmap", new OnDemand() {
                @Override
                boolean produce() {
                    return source.hasNext() && emit(function.call(PySequences.toList(source.next()).toArray()));
                }
            });
        });
        define(registry, module, "compress", c -> {
            Iterator<?> data = PySequences.iterate(c.expect(2, 2).arg(0, "data"));
            Iterator<?> selectors = PySequences.iterate(c.arg(1, "selectors"));
            return onDemand("compress", new OnDemand() {
                @Override
                boolean produce() {
                    while (data.hasNext()) {
                        Object item = data.next();
                        if (!selectors.hasNext()) {
                            return false;
                        }
                        if (PyOps.isTruthy(selectors.next())) {
                            return emit(item);
                        }
                    }
                    return false;
                }
            });
        });
        define(registry, module, "pairwise", c -> {
            List<Object> items = PySequences.toList(c.expect(1, 1).arg(0, "iterable"));
            List<Object> out = new ArrayList<>();
            for (int i = 0; i + 1 < items.size(); i++) {
                out.add(Tuple.pair(items.get(i), items.get(i + 1)));
            }
            return iterator("pairwise", out);
        });
        define(registry, module, "repeat", c -> {
            Object item = c.expect(1, 2, "times").arg(0, "object");
            Object timesArg = c.arg(1, "times", null);
            long times = timesArg == null ? Long.MAX_VALUE : Math.max(0, c.intArg(timesArg, "times"));
            return onDemand("repeat", new OnDemand() {
                private long given;

                @Override
                boolean produce() {
                    return given++ < times && emit(item);
                }
            });
        });
        if (module.registeredMember("chain") instanceof LangFunction chain) {
            HostObject chainType = new HostObject("itertools.chain").apply(chain);
            chainType.define("from_iterable", new PyNative("from_iterable", c -> {
                Iterator<?> sources = PySequences.iterate(c.expect(1, 1).arg(0, "iterable"));
                return onDemand("chain", new OnDemand() {
                    private Iterator<?> current = java.util.Collections.emptyIterator();

                    @Override
                    boolean produce() {
                        while (!current.hasNext()) {
                            if (!sources.hasNext()) {
                                return false;
                            }
                            current = PySequences.iterate(sources.next());
                        }
                        return emit(current.next());
                    }
                });
            }));
            define(registry, module, "cycle", c -> {
                Iterator<?> source = PySequences.iterate(c.expect(1, 1).arg(0, "iterable"));
                List<Object> saved = new ArrayList<>();
                return onDemand("cycle", new OnDemand() {
                    private int replay = -1;

                    @Override
                    boolean produce() {
                        if (replay < 0 && source.hasNext()) {
                            Object item = source.next();
                            saved.add(item);
                            Budget.checkSize(saved.size());
                            return emit(item);
                        }
                        if (saved.isEmpty()) {
                            return false;
                        }
                        replay = (replay + 1) % saved.size();
                        return emit(saved.get(replay));
                    }
                });
            });
            module.define("chain", chainType);
            registry.importable("itertools.chain", chainType);
        }
    }
}
