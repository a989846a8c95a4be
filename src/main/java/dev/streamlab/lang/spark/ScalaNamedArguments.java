package dev.streamlab.lang.spark;

import java.util.List;

/** Scala's named arguments for a Spark method: {@code reduceByKeyAndWindow(_ + _, _ - _, Seconds(30), filterFunc = f)}. */
final class ScalaNamedArguments {

    private ScalaNamedArguments() {
    }

    /** The arguments in declaration order; parameters given by neither position nor name are null. */
    static Object[] bind(String method, List<String> parameters, Object[] positional, String[] names,
                         Object[] values) {
        int length = positional.length;
        for (String name : names) {
            int at = parameters.indexOf(name);
            if (at < 0) {
                throw new SparkApiException("spark.arg.unknownName", null, method, name, String.join(", ", parameters));
            }
            length = Math.max(length, at + 1);
        }
        Object[] bound = new Object[length];
        System.arraycopy(positional, 0, bound, 0, positional.length);
        for (int k = 0; k < names.length; k++) {
            bound[parameters.indexOf(names[k])] = values[k];
        }
        return bound;
    }
}
