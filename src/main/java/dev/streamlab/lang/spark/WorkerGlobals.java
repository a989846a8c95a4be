package dev.streamlab.lang.spark;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.lang.python.DefaultDict;
import dev.streamlab.lang.python.PyCounter;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The module globals PySpark's workers see (spec §3.5). PySpark pickles a worker function, with the globals it reads,
 * when the driver builds the RDD it belongs to; workers run on those copies. So a global that a foreachRDD function
 * changes in batch k reaches DStream functions from batch k+1 on (batch k's RDDs were all built before its first
 * job), and what a worker changes, rebinding a global or appending to a global list, never reaches the driver.
 *
 * <p>Here a worker function runs with the program's globals swapped for such a copy: one copy per batch, made before
 * any code of the batch runs, for functions given to DStreams; one copy per RDD method call for functions given to
 * RDDs (the driver builds that RDD then). A worker's changes stay in its copy for the rest of that batch (PySpark
 * keeps them for one task). Lists, dicts, sets, defaultdicts and Counters are copied, nested ones included; tuples
 * and instances of the program's classes are shared.
 */
final class WorkerGlobals {

    private final RunContext context;
    private final Driver driver;
    private Time batch;
    private Object[] batchCopy;
    private int depth;

    WorkerGlobals(RunContext context, Driver driver) {
        this.context = context;
        this.driver = driver;
    }

    /** The copy for DStream functions of the batch now running, made by the batch's first program code. */
    Object[] batchCopy() {
        Time current = runningBatch();
        if (batchCopy == null || current == null || !current.equals(batch)) {
            batch = current;
            batchCopy = pickled();
        }
        return batchCopy;
    }

    /** The globals as pickling them now would capture them. */
    Object[] pickled() {
        if (depth > 0) {
            return context.copyGlobals();
        }
        Object[] live = context.copyGlobals();
        Map<Object, Object> copies = new IdentityHashMap<>();
        for (int i = 0; i < live.length; i++) {
            live[i] = copy(live[i], copies);
        }
        return live;
    }

    /** Runs worker code against {@code copy}; calls nested in worker code use the copy already in place. */
    <T> T run(Supplier<Object[]> copy, Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        Object[] globals = copy.get();
        Object[] live = context.copyGlobals();
        context.setGlobals(globals);
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
            System.arraycopy(context.copyGlobals(), 0, globals, 0, globals.length);
            context.setGlobals(live);
        }
    }

    private Time runningBatch() {
        StreamingContext ssc = driver.streamingContext();
        return ssc == null || ssc.state() != StreamingContext.State.ACTIVE ? null : ssc.nextBatchTime();
    }

    /** {@code copy.deepcopy} of a value as pickling would copy it: PySpark's zero values of foldByKey. */
    static Object deepCopy(Object value) {
        return copy(value, new java.util.IdentityHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value, Map<Object, Object> copies) {
        if (value == null) {
            return null;
        }
        Object done = copies.get(value);
        if (done != null) {
            return done;
        }
        Class<?> type = value.getClass();
        if (type == ArrayList.class) {
            List<Object> source = (List<Object>) value;
            List<Object> list = new ArrayList<>(source.size());
            copies.put(value, list);
            source.forEach(x -> list.add(copy(x, copies)));
            return list;
        }
        if (type == LinkedHashMap.class || type == DefaultDict.class || type == PyCounter.class) {
            Map<Object, Object> map = type == DefaultDict.class ? new DefaultDict(((DefaultDict) value).factory())
                    : type == PyCounter.class ? new PyCounter() : new LinkedHashMap<>();
            copies.put(value, map);
            ((Map<Object, Object>) value).forEach((k, v) -> map.put(k, copy(v, copies)));
            return map;
        }
        if (type == LinkedHashSet.class) {
            Object set = new LinkedHashSet<>((LinkedHashSet<Object>) value);
            copies.put(value, set);
            return set;
        }
        return value;
    }
}
