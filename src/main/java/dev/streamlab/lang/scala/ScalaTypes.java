package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.TypeTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Scala's names for runtime values (for messages) and the built-in types typed patterns test. */
final class ScalaTypes {

    private ScalaTypes() {
    }

    static String name(Object value) {
        if (value == null) {
            return "Null";
        }
        if (value instanceof Integer) {
            return "Int";
        }
        if (value instanceof Character) {
            return "Char";
        }
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String
                || value instanceof Float || value instanceof Short || value instanceof Byte) {
            return value.getClass().getSimpleName();
        }
        if (value instanceof Tuple t) {
            return "Tuple" + t.arity();
        }
        if (value instanceof java.math.BigInteger) {
            return "BigInt";
        }
        if (value instanceof java.math.BigDecimal) {
            return "BigDecimal";
        }
        if (value instanceof dev.streamlab.engine.dstream.DStream<?>) {
            return "org.apache.spark.streaming.dstream.DStream";
        }
        if (value instanceof dev.streamlab.engine.rdd.Rdd<?>) {
            return "org.apache.spark.rdd.RDD";
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? "Some" : "None.type";
        }
        if (value instanceof ScalaSeq s) {
            return s.kind().printedName();
        }
        if (value instanceof Buffer b) {
            return b.kind() == Buffer.Kind.ARRAY_BUFFER ? "ArrayBuffer" : "CompactBuffer";
        }
        if (value instanceof List<?>) {
            return "Seq";
        }
        if (value instanceof Map<?, ?>) {
            return "Map";
        }
        if (value instanceof Set<?>) {
            return "Set";
        }
        if (value instanceof Instance i) {
            return i.productPrefix();
        }
        if (value instanceof ErrorValue e) {
            return e.type().simpleName();
        }
        if (value instanceof ScalaUnit) {
            return "Unit";
        }
        if (value instanceof ScalaTry t) {
            return t.isSuccess() ? "Success" : "Failure";
        }
        if (value instanceof ScalaEither e) {
            return e.isRight() ? "Right" : "Left";
        }
        if (value instanceof LangFunction f) {
            return f.arity() >= 0 ? "Function" + f.arity() : "Function";
        }
        if (value instanceof ScalaOrderingValue) {
            return "Ordering";
        }
        if (value instanceof ScalaRegex) {
            return "scala.util.matching.Regex";
        }
        if (value instanceof ScalaRegex.Match) {
            return "scala.util.matching.Regex.Match";
        }
        return value.getClass().getSimpleName();
    }

    /** The JVM class name Scala's MatchError prints ({@code (of class java.lang.String)}). */
    static String jvmClassName(Object value) {
        if (value instanceof Tuple t) {
            return "scala.Tuple" + t.arity();
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() ? "scala.Some" : "scala.None$";
        }
        if (value instanceof ScalaSeq s) {
            return switch (s.kind()) {
                case LIST -> s.isEmpty() ? "scala.collection.immutable.Nil$"
                        : "scala.collection.immutable.$colon$colon";
                case VECTOR -> "scala.collection.immutable.Vector1";
                case RANGE -> "scala.collection.immutable.Range$Inclusive";
                case ARRAY_BUFFER -> "scala.collection.mutable.ArrayBuffer";
                case LIST_BUFFER -> "scala.collection.mutable.ListBuffer";
                case QUEUE -> "scala.collection.mutable.Queue";
                case ARRAY_SEQ -> "scala.collection.immutable.ArraySeq$ofRef";
                case ARRAY -> ScalaPrinter.arrayTypeCode(s);
                case ITERATOR -> "scala.collection.Iterator$$anon$19";
            };
        }
        if (value instanceof Instance i) {
            return i.productPrefix();
        }
        if (value instanceof ScalaUnit) {
            return "scala.runtime.BoxedUnit";
        }
        if (ScalaBigNumbers.isBig(value)) {
            return "scala.math." + name(value);
        }
        return value.getClass().getName();
    }

    static TypeTest test(String typeName) {
        return switch (typeName) {
            case "Int", "Integer", "java.lang.Integer" -> v -> v instanceof Integer;
            case "Long", "java.lang.Long" -> v -> v instanceof Long;
            case "Double", "java.lang.Double" -> v -> v instanceof Double;
            case "Float" -> v -> v instanceof Float;
            case "Short" -> v -> v instanceof Short;
            case "Byte" -> v -> v instanceof Byte;
            case "Boolean" -> v -> v instanceof Boolean;
            case "BigInt", "scala.math.BigInt" -> v -> v instanceof java.math.BigInteger;
            case "BigDecimal", "scala.math.BigDecimal" -> v -> v instanceof java.math.BigDecimal;
            case "Char", "Character" -> v -> v instanceof Character;
            case "String", "java.lang.String" -> v -> v instanceof String;
            case "Unit" -> v -> v instanceof ScalaUnit;
            case "Any" -> v -> true;
            case "AnyRef", "Object", "AnyVal" -> v -> v != null;
            case "Null" -> v -> v == null;
            case "Seq", "List", "Iterable", "IndexedSeq", "Vector", "Traversable", "collection.Seq" ->
                v -> v instanceof List<?>;
            case "Array" -> v -> v instanceof ScalaSeq s && s.kind() == ScalaSeq.Kind.ARRAY;
            case "ArrayBuffer" -> v -> v instanceof ScalaSeq s && s.kind() == ScalaSeq.Kind.ARRAY_BUFFER
                    || v instanceof Buffer;
            case "Map", "HashMap" -> v -> v instanceof Map<?, ?>;
            case "Set", "HashSet" -> v -> v instanceof Set<?>;
            case "Option" -> v -> v instanceof Optional<?>;
            case "Some" -> v -> v instanceof Optional<?> o && o.isPresent();
            case "Product", "Serializable" -> v -> v instanceof Tuple || v instanceof Instance;
            default -> tupleOrFunction(typeName);
        };
    }

    private static TypeTest tupleOrFunction(String typeName) {
        if (typeName.matches("Tuple\\d+")) {
            int arity = Integer.parseInt(typeName.substring(5));
            return v -> v instanceof Tuple t && t.arity() == arity;
        }
        if (typeName.matches("Function\\d*")) {
            return v -> v instanceof LangFunction;
        }
        return null;
    }
}
