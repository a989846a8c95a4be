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
 * {@code chain.from_iterable}, in CPython's order. Results are computed at once (as generators are here) and
 * returned as iterators.
 */
final class PyItertools {

    private PyItertools() {
    }

    private static PyIterator iterator(String name, List<Object> items) {
        return PyIterator.of("itertools." + name, items.iterator());
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
            List<Object> out = new ArrayList<>();
            Object total = initial;
            if (initial != null) {
                out.add(initial);
            }
            Iterator<?> source = PySequences.iterate(c.arg(0, "iterable"));
            while (source.hasNext()) {
                Object item = source.next();
                total = out.isEmpty() ? item : func == null ? PyOps.add(total, item)
                        : PythonSemantics.callable(func).call2(total, item);
                out.add(total);
            }
            return iterator("accumulate", out);
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
            List<Object> out = new ArrayList<>();
            for (Object item : PySequences.toList(c.arg(1, "iterable"))) {
                if (!PyOps.isTruthy(predicate.call1(item))) {
                    break;
                }
                out.add(item);
            }
            return iterator("takewhile", out);
        });
        define(registry, module, "dropwhile", c -> {
            LangFunction predicate = PythonSemantics.callable(c.expect(2, 2).arg(0, "predicate"));
            List<Object> items = PySequences.toList(c.arg(1, "iterable"));
            int start = 0;
            while (start < items.size() && PyOps.isTruthy(predicate.call1(items.get(start)))) {
                start++;
            }
            return iterator("dropwhile", new ArrayList<>(items.subList(start, items.size())));
        });
        define(registry, module, "filterfalse", c -> {
            Object predicate = c.expect(2, 2).arg(0, "function");
            List<Object> out = new ArrayList<>();
            for (Object item : PySequences.toList(c.arg(1, "iterable"))) {
                Object verdict = predicate == null ? item : PythonSemantics.callable(predicate).call1(item);
                if (!PyOps.isTruthy(verdict)) {
                    out.add(item);
                }
            }
            return iterator("filterfalse", out);
        });
        define(registry, module, "starmap", c -> {
            LangFunction function = PythonSemantics.callable(c.expect(2, 2).arg(0, "function"));
            List<Object> out = new ArrayList<>();
            for (Object args : PySequences.toList(c.arg(1, "iterable"))) {
                out.add(function.call(PySequences.toList(args).toArray()));
            }
            return iterator("starmap", out);
        });
        define(registry, module, "compress", c -> {
            List<Object> data = PySequences.toList(c.expect(2, 2).arg(0, "data"));
            List<Object> selectors = PySequences.toList(c.arg(1, "selectors"));
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Math.min(data.size(), selectors.size()); i++) {
                if (PyOps.isTruthy(selectors.get(i))) {
                    out.add(data.get(i));
                }
            }
            return iterator("compress", out);
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
            Object item = c.expect(2, 2, "times").arg(0, "object");
            long times = c.intArg(c.arg(1, "times"), "times");
            Budget.checkSize(times);
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < times; i++) {
                out.add(item);
            }
            return iterator("repeat", out);
        });
        if (module.registeredMember("chain") instanceof LangFunction chain) {
            HostObject chainType = new HostObject("itertools.chain").apply(chain);
            chainType.define("from_iterable", new PyNative("from_iterable", c -> {
                List<Object> out = new ArrayList<>();
                for (Object iterable : PySequences.toList(c.expect(1, 1).arg(0, "iterable"))) {
                    out.addAll(PySequences.toList(iterable));
                    Budget.checkSize(out.size());
                }
                return iterator("chain", out);
            }));
            module.define("chain", chainType);
            registry.importable("itertools.chain", chainType);
        }
    }
}
