package dev.streamlab.conformance;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.StateSpec;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.Rdd;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.streamlab.conformance.EnginePipeline.of;
import static dev.streamlab.conformance.EnginePipeline.stateful;
import static dev.streamlab.conformance.EnginePipeline.twoSources;
import static dev.streamlab.conformance.EnginePipeline.watching;
import static dev.streamlab.engine.Duration.seconds;

/**
 * The conformance pipelines against StreamLab's engine: each is the Spark runner's pipeline of the same name, line
 * for line, with Scala's library calls spelled in Java ({@code w.take(1)}, {@code l.reverse}, {@code _ + _}).
 */
final class EnginePipelines {

    private static final Comparator<Object> NATURAL = EnginePipelines::compareNaturally;

    static final List<EnginePipeline> ALL = List.of(
            // element-wise and per-RDD
            of("print_lines", i -> i.print(i.lines())),
            of("print_3", i -> i.lines().print(3, i.format())),
            of("print_25", i -> i.lines().print(25, i.format())),
            of("map_upper", i -> i.print(i.lines().map(String::toUpperCase))),
            of("map_length", i -> i.print(i.lines().map(String::length))),
            of("map_tuple3", i -> i.print(i.lines().map(l -> Tuple.of(l.length(), l, l.isEmpty())))),
            of("map_option", i -> i.print(i.lines().map(
                    l -> l.isEmpty() ? Optional.empty() : Optional.of(l.charAt(0))))),
            of("map_double", i -> i.print(i.lines().map(l -> l.length() / 1024.0))),
            of("flatmap_words", i -> i.print(words(i.lines()))),
            of("filter_contains", i -> i.print(i.lines().filter(l -> l.contains("a")))),
            of("mappartitions_size", i -> i.print(i.lines().mapPartitions(it -> List.of(size(it)).iterator(), false))),
            of("glom_sizes", i -> i.print(i.lines().glom().map(List::size))),
            of("repartition_1", i -> i.print(i.lines().repartition(1))),
            of("count_lines", i -> i.print(i.lines().count())),
            of("count_words", i -> i.print(words(i.lines()).count())),
            of("reduce_lengths", i -> i.print(i.lines().map(String::length).reduce(Integer::sum))),
            of("reduce_concat", i -> i.print(words(i.lines()).reduce((a, b) -> a + "|" + b))),
            of("reduce_double", i -> i.print(i.lines().map(l -> l.length() / 1024.0).reduce(Double::sum))),
            of("reduce_max_long", i -> i.print(i.lines().map(l -> l.length() * 1000000000L).reduce(Math::max))),
            of("countbyvalue_words", i -> i.print(words(i.lines()).countByValue(null))),
            of("countbyvalue_lengths", i -> i.print(words(i.lines()).map(String::length).countByValue(null))),
            of("countbyvalue_1partition", i -> i.print(words(i.lines()).countByValue(1))),
            of("union_self", i -> i.print(i.lines().union(i.lines().map(EnginePipelines::reverse)))),
            of("transform_time", i -> i.print(i.lines().<String>transform(
                    (rdd, t) -> rdd.map(l -> t.milliseconds() + ":" + l)))),
            of("transform_distinct_sorted", i -> i.print(words(i.lines()).<String>transform(
                    rdd -> {
                        Rdd<String> distinct = rdd.distinct();
                        return distinct.sortBy(Function.identity(), NATURAL, true, distinct.numPartitions());
                    }))),
            of("foreachrdd_collect", i -> i.lines().foreachRdd((rdd, t) -> i.ssc().sink().out(t + ": "
                    + rdd.collect().stream().collect(Collectors.joining(",", "[", "]")) + " in " + rdd.numPartitions()
                    + " partitions"))),
            of("two_outputs", i -> {
                i.print(words(i.lines()).count());
                i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, (Integer) null));
            }),

            // pair operations
            of("wordcount", i -> i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, (Integer) null))),
            of("wordcount_1partition", i -> i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, 1))),
            of("wordcount_3partitions", i -> i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, 3))),
            of("wordcount_long", i -> i.print(words(i.lines()).map(w -> Tuple.pair(w, 1L)).pairs()
                    .reduceByKey((a, b) -> (Long) a + (Long) b, (Integer) null))),
            of("wordcount_tuplekey", i -> i.print(words(i.lines())
                    .map(w -> Tuple.pair(Tuple.pair(w.length(), take1(w)), 1)).pairs()
                    .reduceByKey(EnginePipelines::plus, (Integer) null))),
            of("wordcount_sorted", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKey(EnginePipelines::plus, (Integer) null)
                    .<Tuple>transform(rdd -> rdd.pairs().sortByKey(NATURAL, true, rdd.numPartitions())))),
            of("groupbykey", i -> i.print(byInitial(i.lines()).pairs().groupByKey(null))),
            of("groupbykey_3partitions", i -> i.print(byInitial(i.lines()).pairs().groupByKey(3))),
            of("combinebykey_average", i -> i.print(words(i.lines()).map(w -> Tuple.pair(take1(w), w.length())).pairs()
                    .combineByKey(new Aggregator<Object, Tuple>(
                            v -> Tuple.pair(v, 1),
                            (c, v) -> Tuple.pair(plus(c.key(), v), plus(c.value(), 1)),
                            (a, b) -> Tuple.pair(plus(a.key(), b.key()), plus(a.value(), b.value()))),
                            new HashPartitioner(2), true)
                    .pairs().mapValues(c -> average((Tuple) c)))),
            of("mapvalues", i -> i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, (Integer) null)
                    .pairs().mapValues(v -> (Integer) v * 10))),
            of("flatmapvalues", i -> i.print(words(i.lines()).map(w -> Tuple.pair(w, w.length())).pairs()
                    .flatMapValues(n -> List.of(n, -(Integer) n)))),

            // two socket sources
            twoSources("union_two_sources", i -> i.print(i.lines().union(i.other()))),
            twoSources("ssc_union_three", i -> i.print(i.ssc().union(
                    List.of(i.lines(), i.other(), i.lines().map(String::toUpperCase))))),
            twoSources("join_two_sources", i -> i.print(ones(i.lines()).pairs().join(lengths(i.other()), null))),
            twoSources("join_1partition_two_sources",
                    i -> i.print(ones(i.lines()).pairs().join(lengths(i.other()), 1))),
            twoSources("leftouterjoin_two_sources",
                    i -> i.print(ones(i.lines()).pairs().leftOuterJoin(lengths(i.other()), null))),
            twoSources("rightouterjoin_two_sources",
                    i -> i.print(ones(i.lines()).pairs().rightOuterJoin(lengths(i.other()), null))),
            twoSources("fullouterjoin_two_sources",
                    i -> i.print(ones(i.lines()).pairs().fullOuterJoin(lengths(i.other()), null))),
            twoSources("cogroup_two_sources", i -> i.print(ones(i.lines()).pairs().cogroup(lengths(i.other()), null))),
            twoSources("ssc_transform_two_sources", i -> i.print(i.ssc().<String>transform(
                    List.of(i.lines(), i.other()), (rdds, t) -> EnginePipelines.<String>unionAll(rdds)
                            .map(String::toUpperCase)))),
            twoSources("transformwith_two_sources", i -> i.print(i.lines().<String, Integer>transformWith(i.other(),
                    (a, b, t) -> a.union(b).map(String::length)))),

            // windows
            of("window_2_1", i -> i.print(i.lines().window(seconds(2), seconds(1)))),
            of("window_4_2", i -> i.print(i.lines().window(seconds(4), seconds(2)))),
            of("window_2_3", i -> i.print(i.lines().window(seconds(2), seconds(3)))),
            of("window_10_1_count", i -> i.print(words(i.lines()).window(seconds(10), seconds(1)).count())),
            stateful("countbywindow_3_1", i -> i.print(i.lines().countByWindow(seconds(3), seconds(1)))),
            stateful("countbywindow_4_2", i -> i.print(i.lines().countByWindow(seconds(4), seconds(2)))),
            of("reducebywindow_3_1", i -> i.print(i.lines().map(String::length)
                    .reduceByWindow(Integer::sum, seconds(3), seconds(1)))),
            stateful("reducebywindow_inverse_3_1", i -> i.print(i.lines().map(String::length)
                    .reduceByWindow(Integer::sum, (a, b) -> a - b, seconds(3), seconds(1)))),
            stateful("countbyvalueandwindow_3_1", i -> i.print(words(i.lines())
                    .countByValueAndWindow(seconds(3), seconds(1), null))),
            stateful("countbyvalueandwindow_4_2", i -> i.print(words(i.lines())
                    .countByValueAndWindow(seconds(4), seconds(2), null))),
            of("groupbykeyandwindow_3_1", i -> i.print(byInitial(i.lines()).pairs()
                    .groupByKeyAndWindow(seconds(3), seconds(1), null))),
            of("reducebykeyandwindow_3_1", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKeyAndWindow(EnginePipelines::plus, seconds(3), seconds(1), null))),
            of("reducebykeyandwindow_3_1_1partition", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKeyAndWindow(EnginePipelines::plus, seconds(3), seconds(1), 1))),
            of("reducebykeyandwindow_4_2", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKeyAndWindow(EnginePipelines::plus, seconds(4), seconds(2), null))),
            stateful("reducebykeyandwindow_inverse_3_1", i -> i.print(ones(i.lines()).pairs().reduceByKeyAndWindow(
                    EnginePipelines::plus, EnginePipelines::minus, seconds(3), seconds(1), null, null))),
            stateful("reducebykeyandwindow_inverse_6_2", i -> i.print(ones(i.lines()).pairs().reduceByKeyAndWindow(
                    EnginePipelines::plus, EnginePipelines::minus, seconds(6), seconds(2), null, null))),
            stateful("reducebykeyandwindow_inverse_filter_3_1", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKeyAndWindow(EnginePipelines::plus, EnginePipelines::minus, seconds(3), seconds(1), null,
                            kv -> (Integer) kv.value() != 0))),

            // state
            stateful("updatestatebykey_sum", i -> i.print(ones(i.lines()).pairs()
                    .updateStateByKey(EnginePipelines::sum, null, null))),
            stateful("updatestatebykey_remove_idle", i -> i.print(ones(i.lines()).pairs().updateStateByKey(
                    (values, state) -> values.isEmpty() ? Optional.empty() : sum(values, state), null, null))),
            stateful("updatestatebykey_values", i -> i.print(byInitial(i.lines()).pairs().updateStateByKey(
                    (values, state) -> {
                        String joined = values.stream().map(String::valueOf).collect(Collectors.joining("+"));
                        return Optional.of(state.map(s -> s + "/" + joined).orElse(joined));
                    }, null, null))),
            stateful("updatestatebykey_initial", i -> i.print(ones(i.lines()).pairs().updateStateByKey(
                    EnginePipelines::sum, 2, Rdd.parallelize(i.ssc().rddContext(),
                            List.of(Tuple.pair("a", 100), Tuple.pair("zz", 1)), 2)))),
            stateful("updatestatebykey_time", i -> i.print(ones(i.lines()).pairs().updateStateByKey(
                    (time, word, values, state) -> values.isEmpty() ? state
                            : Optional.of(((String) word).length() + "@" + time.milliseconds() + "x" + values.size()),
                    2, null))),
            stateful("mapwithstate_sum", i -> i.print(ones(i.lines()).pairs().mapWithState(StateSpec.function(
                    (time, word, one, state) -> {
                        int total = (Integer) state.getOption().orElse(0) + (Integer) one.orElse(0);
                        state.update(total);
                        return Optional.of(Tuple.pair(word, total));
                    })))),
            stateful("mapwithstate_remove", i -> i.print(ones(i.lines()).pairs().mapWithState(StateSpec.function(
                    (time, word, one, state) -> {
                        int total = (Integer) state.getOption().orElse(0) + (Integer) one.orElse(0);
                        if (total >= 3) {
                            state.remove();
                            return Optional.of(word + " reached " + total);
                        }
                        state.update(total);
                        return Optional.of(word + "=" + total);
                    })))),
            stateful("mapwithstate_timeout", i -> i.print(ones(i.lines()).pairs().mapWithState(StateSpec.function(
                    (time, word, one, state) -> {
                        if (state.isTimingOut()) {
                            return Optional.of(word + " timed out at " + state.get());
                        }
                        int total = (Integer) state.getOption().orElse(0) + (Integer) one.orElse(0);
                        state.update(total);
                        return Optional.of(word + "=" + total);
                    }).timeout(seconds(2))))),
            stateful("mapwithstate_option_initial", i -> i.print(ones(i.lines()).pairs().mapWithState(
                    StateSpec.function((time, word, one, state) -> {
                        int total = (Integer) state.getOption().orElse(0) + (Integer) one.orElse(0);
                        state.update(total);
                        return total % 2 == 0
                                ? Optional.of(word + " even at " + time.milliseconds()) : Optional.empty();
                    }).initialState(Rdd.parallelize(i.ssc().rddContext(),
                            List.of(Tuple.pair("hello", 10), Tuple.pair("a", 1)), 2)).numPartitions(3)))),
            stateful("mapwithstate_snapshots_sorted", i -> i.print(ones(i.lines()).pairs().mapWithState(
                    StateSpec.function((time, word, one, state) -> {
                        state.update((Integer) state.getOption().orElse(0) + (Integer) one.orElse(0));
                        return Optional.of(word);
                    })).stateSnapshots()
                    .<Tuple>transform(rdd -> rdd.pairs().sortByKey(NATURAL, true, rdd.numPartitions())))),

            // failures
            of("runtime_error_toint", i -> i.print(i.lines().map(Integer::parseInt))),
            of("runtime_error_divide",
                    i -> i.print(i.lines().map(l -> 100 / Integer.parseInt(l)).reduce(Integer::sum))),

            // ---- file streams (textFileStream): the stream file's `--- file` blocks land in the watched folder
            watching("textfilestream_lines", i -> i.print(i.textFileStream())),
            watching("textfilestream_wordcount", i -> i.print(ones(i.textFileStream()).pairs()
                    .reduceByKey(EnginePipelines::plus, (Integer) null))),
            watching("textfilestream_partitions", i -> i.print(i.textFileStream().glom().count())),
            watching("textfilestream_window_count", i -> i.print(i.textFileStream().window(seconds(2)).count())),

            // ties in sorts: RangePartitioner bounds, shuffle read order, a stable sort per partition
            of("sortby_ties_count", i -> i.print(ones(i.lines()).pairs().reduceByKey(EnginePipelines::plus, 3)
                    .<String>transform(rdd -> rdd.sortBy(Tuple::value, NATURAL, false, rdd.numPartitions()).glom()
                            .map(EnginePipelines::mkString)))),
            of("sortbykey_ties_length", i -> i.print(words(i.lines()).map(w -> Tuple.pair(w.length(), w))
                    .repartition(3).<String>transform(rdd -> rdd.pairs()
                            .sortByKey(NATURAL, true, rdd.numPartitions()).glom().map(EnginePipelines::mkString)))),
            of("sortbykey_ties_descending", i -> i.print(ones(i.lines()).pairs()
                    .reduceByKey(EnginePipelines::plus, 2).map(t -> Tuple.pair(t.value(), t.key()))
                    .<String>transform(rdd -> rdd.pairs().sortByKey(NATURAL, false, 3).glom()
                            .map(EnginePipelines::mkString)))),

            // sampling
            of("sample_bernoulli", i -> i.print(words(i.lines()).repartition(3).<String>transform(
                    rdd -> rdd.sample(false, 0.6, 42).glom().map(EnginePipelines::mkString)))),
            of("sample_gap", i -> i.print(words(i.lines()).repartition(2).<String>transform(
                    rdd -> rdd.sample(false, 0.3, 7).glom().map(EnginePipelines::mkString)))),
            of("sample_takesample", i -> words(i.lines()).foreachRdd((rdd, t) -> i.ssc().sink().out(
                    mkString(rdd.takeSample(false, 4, 11))))),
            of("sample_replacement_gap", i -> i.print(words(i.lines()).repartition(2).<String>transform(
                    rdd -> rdd.sample(true, 0.35, 3).glom().map(EnginePipelines::mkString)))));

    private static final Map<String, EnginePipeline> BY_NAME =
            ALL.stream().collect(Collectors.toMap(EnginePipeline::name, p -> p));

    private EnginePipelines() {
    }

    static EnginePipeline named(String name) {
        EnginePipeline pipeline = BY_NAME.get(name);
        if (pipeline == null) {
            throw new IllegalArgumentException("no engine pipeline named " + name);
        }
        return pipeline;
    }

    @SuppressWarnings("unchecked")
    private static <T> Rdd<T> unionAll(List<Rdd<?>> rdds) {
        Rdd<T> all = (Rdd<T>) rdds.get(0);
        for (Rdd<?> rdd : rdds.subList(1, rdds.size())) {
            all = all.union((Rdd<T>) rdd);
        }
        return all;
    }

    private static DStream<String> words(DStream<String> lines) {
        return lines.flatMap(l -> List.of(l.split(" ")));
    }

    private static DStream<Tuple> ones(DStream<String> lines) {
        return words(lines).map(w -> Tuple.pair(w, 1));
    }

    private static DStream<Tuple> lengths(DStream<String> lines) {
        return words(lines).map(w -> Tuple.pair(w, w.length()));
    }

    private static DStream<Tuple> byInitial(DStream<String> lines) {
        return words(lines).map(w -> Tuple.pair(take1(w), w));
    }

    /** Scala's {@code s.take(1)}. */
    private static String take1(String s) {
        return s.isEmpty() ? s : s.substring(0, 1);
    }

    /** Scala's {@code s.reverse}, which keeps surrogate pairs together. */
    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /** Scala's {@code array.mkString(" ")}. */
    private static String mkString(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static int size(Iterator<?> it) {
        int n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static Object plus(Object a, Object b) {
        return (Integer) a + (Integer) b;
    }

    private static Object minus(Object a, Object b) {
        return (Integer) a - (Integer) b;
    }

    /** Scala's {@code total.toDouble / n} of a {@code (total, n)} combiner. */
    private static double average(Tuple totalAndCount) {
        return ((Integer) totalAndCount.key()).doubleValue() / (Integer) totalAndCount.value();
    }

    private static Optional<Object> sum(List<Object> values, Optional<Object> state) {
        int total = (Integer) state.orElse(0);
        for (Object v : values) {
            total += (Integer) v;
        }
        return Optional.of(total);
    }

    @SuppressWarnings("unchecked")
    private static int compareNaturally(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }
}
