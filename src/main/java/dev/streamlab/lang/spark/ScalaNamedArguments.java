package dev.streamlab.lang.spark;

import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scala's named arguments on Spark methods ({@code ssc.stop(stopSparkContext = true, stopGracefully = true)},
 * {@code rdd.sortBy(_._2, ascending = false)}, {@code reduceByKeyAndWindow(..., filterFunc = f)}): the names are
 * Spark's own parameter names, and a named argument lands at its parameter's position. Parameters skipped in
 * between arrive as null, which the methods read as "not given".
 */
final class ScalaNamedArguments {

    private static final List<String> WINDOWED_REDUCE = List.of("reduceFunc", "windowDuration", "slideDuration",
            "numPartitions");
    private static final List<String> INVERSE_WINDOWED_REDUCE = List.of("reduceFunc", "invReduceFunc",
            "windowDuration", "slideDuration", "numPartitions", "filterFunc");

    private static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("stop", List.of("stopSparkContext", "stopGracefully")),
            Map.entry("queueStream", List.of("queue", "oneAtATime", "defaultRDD")),
            Map.entry("socketTextStream", List.of("hostname", "port", "storageLevel")),
            Map.entry("print", List.of("num")),
            Map.entry("window", List.of("windowDuration", "slideDuration")),
            Map.entry("countByWindow", List.of("windowDuration", "slideDuration")),
            Map.entry("countByValueAndWindow", List.of("windowDuration", "slideDuration", "numPartitions")),
            Map.entry("groupByKeyAndWindow", List.of("windowDuration", "slideDuration", "numPartitions")),
            Map.entry("reduceByKey", List.of("func", "numPartitions")),
            Map.entry("groupByKey", List.of("numPartitions")),
            Map.entry("repartition", List.of("numPartitions")),
            Map.entry("coalesce", List.of("numPartitions", "shuffle")),
            Map.entry("sortBy", List.of("f", "ascending", "numPartitions")),
            Map.entry("sortByKey", List.of("ascending", "numPartitions")),
            Map.entry("sample", List.of("withReplacement", "fraction", "seed")),
            Map.entry("takeSample", List.of("withReplacement", "num", "seed")),
            Map.entry("parallelize", List.of("seq", "numSlices")),
            Map.entry("makeRDD", List.of("seq", "numSlices")),
            Map.entry("awaitTerminationOrTimeout", List.of("timeout")),
            Map.entry("updateStateByKey", List.of("updateFunc", "numPartitions", "rememberPartitioner",
                    "initialRDD")));

    private ScalaNamedArguments() {
    }

    /** {@code body} taking Spark's named arguments, when Spark names that method's parameters here. */
    static NativeMethod accepting(String method, NativeMethod body) {
        if (method.equals("reduceByKeyAndWindow")) {
            return named(body, (positional, names) -> positional.length > 1 && Values.isFunction(positional[1])
                    || Arrays.asList(names).contains("invReduceFunc") || Arrays.asList(names).contains("filterFunc")
                    ? INVERSE_WINDOWED_REDUCE : WINDOWED_REDUCE);
        }
        List<String> parameters = PARAMETERS.get(method);
        return parameters == null ? body : named(body, (positional, names) -> parameters);
    }

    private interface Signature {
        List<String> parameters(Object[] positional, String[] names);
    }

    private static NativeMethod named(NativeMethod body, Signature signature) {
        return new NativeMethod() {
            @Override
            public Object invoke(RunContext context, Object receiver, Object[] args) {
                return body.invoke(context, receiver, args);
            }

            @Override
            public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional,
                                             String[] names, Object[] values) {
                List<String> parameters = signature.parameters(positional, names);
                Object[] args = Arrays.copyOf(positional, parameters.size());
                int length = positional.length;
                for (int i = 0; i < names.length; i++) {
                    int index = parameters.indexOf(names[i]);
                    if (index < 0 && names[i].equals("partitioner")) {
                        index = parameters.indexOf("numPartitions");
                    }
                    if (index < 0) {
                        throw new SparkApiException("spark.arg.unknownName", null, names[i],
                                String.join(", ", parameters));
                    }
                    if (index < positional.length || args[index] != null) {
                        throw new SparkApiException("spark.arg.twice", null, names[i]);
                    }
                    args[index] = values[i];
                    length = Math.max(length, index + 1);
                }
                return body.invoke(context, receiver, Arrays.copyOf(args, length));
            }
        };
    }
}
