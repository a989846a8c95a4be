package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scala 2.13's {@code toString} on the JVM for the runtime's values: {@code (Hello,1)}, {@code Some(3)},
 * {@code List(a, b)}, {@code ArrayBuffer(1, 1)}, {@code Map(a -> 1)}, {@code Word(a,1)}, {@code 1.0E-5},
 * {@code [I@1b2c3d}.
 */
public final class ScalaPrinter {

    /** Larger immutable maps and sets are Scala's HashMap/HashSet, and print under that name. */
    private static final int SMALL = 4;

    private ScalaPrinter() {
    }

    public static String show(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(s);
        } else if (value instanceof Tuple tuple) {
            out.append('(');
            for (int i = 0; i < tuple.arity(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, tuple.get(i));
            }
            out.append(')');
        } else if (value instanceof Optional<?> option) {
            if (option.isPresent()) {
                out.append("Some(");
                append(out, option.get());
                out.append(')');
            } else {
                out.append("None");
            }
        } else if (value instanceof ScalaSeq seq) {
            appendSeq(out, seq);
        } else if (value instanceof Buffer buffer) {
            // Spark's CompactBuffer keeps Scala 2.13's default className for a Seq: it prints as Seq(1, 1)
            elements(out, buffer.kind() == Buffer.Kind.ARRAY_BUFFER ? "ArrayBuffer" : "Seq",
                    buffer.iterator());
        } else if (value instanceof List<?> list) {
            elements(out, "List", list.iterator());
        } else if (value instanceof ScalaMap map) {
            entries(out, map.isMutable() || map.size() > SMALL ? "HashMap" : "Map", map);
        } else if (value instanceof Map<?, ?> map) {
            entries(out, "Map", map);
        } else if (value instanceof ScalaSet set) {
            elements(out, set.isMutable() || set.size() > SMALL ? "HashSet" : "Set", set.iterator());
        } else if (value instanceof Set<?> set) {
            elements(out, "Set", set.iterator());
        } else if (value instanceof Instance instance) {
            appendInstance(out, instance);
        } else if (value instanceof ErrorType type) {
            out.append("class ").append(type.qualifiedName());
        } else if (value instanceof ErrorValue error) {
            out.append(error);
        } else if (value instanceof LangFunction function && !(value instanceof dev.streamlab.lang.runtime.HostObject)
                && !(value instanceof dev.streamlab.lang.runtime.ClassValue)) {
            out.append("$$Lambda@").append(Integer.toHexString(System.identityHashCode(function)));
        } else {
            out.append(value);
        }
    }

    private static void appendSeq(StringBuilder out, ScalaSeq seq) {
        if (seq.kind() == ScalaSeq.Kind.ARRAY) {
            out.append(arrayTypeCode(seq)).append('@').append(Integer.toHexString(System.identityHashCode(seq)));
        } else if (seq.kind() == ScalaSeq.Kind.ITERATOR) {
            out.append("<iterator>");
        } else if (seq.kind() == ScalaSeq.Kind.RANGE && seq.rangeText() != null) {
            out.append(seq.rangeText());
        } else {
            elements(out, seq.kind().printedName(), seq.iterator());
        }
    }

    /** The JVM's array class name, from the elements ({@code [I} for Int, {@code [Ljava.lang.String;}). */
    static String arrayTypeCode(List<?> items) {
        Class<?> common = null;
        for (Object item : items) {
            Class<?> type = item == null ? Object.class : item.getClass();
            common = common == null || common == type ? type : Object.class;
        }
        if (common == null || common == Object.class) {
            return "[Ljava.lang.Object;";
        }
        if (common == Integer.class) {
            return "[I";
        }
        if (common == Long.class) {
            return "[J";
        }
        if (common == Double.class) {
            return "[D";
        }
        if (common == Character.class) {
            return "[C";
        }
        if (common == Boolean.class) {
            return "[Z";
        }
        if (common == Tuple.class) {
            return "[Lscala.Tuple" + ((Tuple) items.get(0)).arity() + ";";
        }
        return "[L" + common.getName() + ";";
    }

    private static void elements(StringBuilder out, String prefix, Iterator<?> items) {
        out.append(prefix).append('(');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, items.next());
        }
        out.append(')');
    }

    private static void entries(StringBuilder out, String prefix, Map<?, ?> map) {
        out.append(prefix).append('(');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, entry.getKey());
            out.append(" -> ");
            append(out, entry.getValue());
        }
        out.append(')');
    }

    private static void appendInstance(StringBuilder out, Instance instance) {
        if (instance.member("toString", null) instanceof LangFunction overridden) {
            append(out, overridden.call0());
            return;
        }
        String name = instance.productPrefix();
        if (instance.classValue().isCaseClass()) {
            if (instance.classValue().isObject()) {
                out.append(name);
                return;
            }
            out.append(name).append('(');
            List<Object> elements = instance.productElements();
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, elements.get(i));
            }
            out.append(')');
            return;
        }
        out.append(name).append(instance.classValue().isObject() ? "$@" : "@")
                .append(Integer.toHexString(System.identityHashCode(instance)));
    }
}
