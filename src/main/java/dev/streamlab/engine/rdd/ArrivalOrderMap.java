package dev.streamlab.engine.rdd;

import java.util.LinkedHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** PySpark merges in Python dicts: keys come out in the order they first arrived. */
final class ArrivalOrderMap<V> implements KeyedMap<V> {

    private final LinkedHashMap<Object, V> map = new LinkedHashMap<>();

    @Override
    public void update(Object key, Updater<V> updater) {
        boolean had = map.containsKey(key);
        map.put(key, updater.apply(had, had ? map.get(key) : null));
    }

    @Override
    public <A> void combine(Object key, A value, Function<? super A, ? extends V> create,
                            BiFunction<? super V, ? super A, ? extends V> merge) {
        V old = map.get(key);
        if (old == null && !map.containsKey(key)) {
            map.put(key, create.apply(value));
        } else {
            map.put(key, merge.apply(old, value));
        }
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<Object, V> action) {
        map.forEach(action);
    }
}
