package dev.streamlab.engine.rdd;

import java.util.function.BiFunction;
import java.util.function.Function;

/** Spark's combineByKey triple: how a key's first value starts a combiner and how combiners grow and merge. */
public record Aggregator<V, C>(
        Function<? super V, ? extends C> createCombiner,
        BiFunction<? super C, ? super V, ? extends C> mergeValue,
        BiFunction<? super C, ? super C, ? extends C> mergeCombiners) {

    public static <V> Aggregator<V, V> reducing(BiFunction<? super V, ? super V, ? extends V> f) {
        return new Aggregator<>(v -> v, f, f);
    }
}
