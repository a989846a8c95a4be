package dev.streamlab.conformance;

import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * How Scala 2.13 prints the values the conformance pipelines produce: tuples {@code (a,(1,Some(x)))}, options
 * {@code Some(x)}/{@code None}, the DStream groupByKey's {@code ArrayBuffer(…)}, cogroup's {@code Seq(…)}; numbers,
 * strings and characters as the JVM does.
 */
final class ScalaPrintFormat implements PrintFormat {

    @Override
    public String element(Object value) {
        if (value instanceof Tuple t) {
            StringJoiner out = new StringJoiner(",", "(", ")");
            for (Object item : t.toArray()) {
                out.add(element(item));
            }
            return out.toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(x -> "Some(" + element(x) + ")").orElse("None");
        }
        if (value instanceof Buffer b) {
            return sequence(b.kind() == Buffer.Kind.ARRAY_BUFFER ? "ArrayBuffer" : "Seq", b);
        }
        if (value instanceof List<?> l) {
            return sequence("List", l);
        }
        return String.valueOf(value);
    }

    private String sequence(String className, List<?> items) {
        StringJoiner out = new StringJoiner(", ", className + "(", ")");
        for (Object item : items) {
            out.add(element(item));
        }
        return out.toString();
    }

    @Override
    public String time(Time time) {
        return time.toString();
    }
}
