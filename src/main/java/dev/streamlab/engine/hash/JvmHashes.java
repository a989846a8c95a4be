package dev.streamlab.engine.hash;

import dev.streamlab.engine.Tuple;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hash codes a Scala 2.13 program on Java 17 gives its values, so that keys land in the partitions
 * and hash slots real Spark puts them in (semantics spec §6.2, §6.3).
 *
 * <p>Two hashes matter. {@link #jvmHashCode} is {@code key.hashCode()}, what Spark's HashPartitioner and
 * AppendOnlyMap call. {@link #elementHash} is Scala's {@code ##}, what tuples, case classes and collections
 * mix in for their elements: it differs from {@code hashCode()} for {@code Long}, {@code Double} and
 * {@code Float}, which hash like the equal {@code Int} when there is one, because {@code 1L == 1.0 == 1}
 * in Scala.
 *
 * <p>The runtime's case classes, {@code Some}, and collections compute their own {@code hashCode()} with
 * {@link #productHash}, {@link #seqHash}, {@link #setHash} and {@link #mapHash}; {@code None} returns
 * {@link #NONE_HASH}. Plain Java lists, sets and maps hash as Scala's Seq, Set and Map.
 */
public final class JvmHashes {

    /** {@code None.hashCode}: a case object hashes as its name. */
    public static final int NONE_HASH = "None".hashCode();

    private static final int PRODUCT_SEED = 0xcafebabe;
    private static final int SEQ_SEED = "Seq".hashCode();
    private static final int MAP_SEED = "Map".hashCode();
    private static final int SET_SEED = "Set".hashCode();

    private JvmHashes() {
    }

    /** {@code key.hashCode()} as Scala sees it; {@code null} (Spark puts it in partition 0) gives 0. */
    public static int jvmHashCode(Object key) {
        if (key instanceof String s) {
            return s.hashCode();
        }
        if (key == null) {
            return 0;
        }
        if (key instanceof Tuple tuple) {
            return tupleHash(tuple);
        }
        if (key instanceof java.util.Optional<?> option) {
            // Scala's Option as the dialect represents it: Some(x) is a case class, None a case object
            return option.isPresent() ? productHash("Some", new Object[] {option.get()}) : NONE_HASH;
        }
        if (key instanceof List<?> seq) {
            return seqHash(seq);
        }
        if (key instanceof Set<?> set) {
            return setHash(set);
        }
        if (key instanceof Map<?, ?> map) {
            return mapHash(map);
        }
        if (key instanceof BigInteger big) {
            return bigIntHash(big);
        }
        if (key instanceof BigDecimal big) {
            return bigDecimalHash(big);
        }
        return key.hashCode();
    }

    /**
     * Scala's {@code BigDecimal.hashCode}: a whole value hashes as the equal BigInt, one a Double holds exactly as that
     * Double, any other by its unscaled digits mixed with its scale.
     */
    public static int bigDecimalHash(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0 && value.precision() - value.scale() < 4934) {
            return bigIntHash(value.toBigInteger());
        }
        double asDouble = value.doubleValue();
        if (!Double.isInfinite(asDouble) && new BigDecimal(Double.toString(asDouble), MathContext.DECIMAL128)
                .compareTo(value) == 0) {
            return doubleHash(asDouble);
        }
        return Murmur3.mixLast(stripped.unscaledValue().hashCode(), stripped.scale());
    }

    /** Scala's {@code BigInt.hashCode}: a value that fits a Long hashes as that Long (so as the equal Int). */
    public static int bigIntHash(BigInteger value) {
        return value.bitLength() <= 63 ? longHash(value.longValue()) : value.hashCode();
    }

    /** Scala's {@code ##}: the hash a value contributes as an element of a product or collection. */
    public static int elementHash(Object value) {
        if (value instanceof Long l) {
            return longHash(l);
        }
        if (value instanceof Double d) {
            return doubleHash(d);
        }
        if (value instanceof Float f) {
            return floatHash(f);
        }
        return jvmHashCode(value);
    }

    /** {@code TupleN(...).hashCode}: tuples are case classes named {@code TupleN}. */
    public static int tupleHash(Tuple tuple) {
        return productHash("Tuple" + tuple.arity(), tuple.toArray());
    }

    /**
     * A case class's {@code hashCode} (also {@code Some(x)}, prefix {@code "Some"}): the class name is mixed in,
     * so {@code Some(1)} and a user's {@code Box(1)} differ; a case class without fields hashes as its name.
     */
    public static int productHash(String prefix, Object[] elements) {
        int prefixHash = prefix.hashCode();
        if (elements.length == 0) {
            return prefixHash;
        }
        int h = Murmur3.mix(PRODUCT_SEED, prefixHash);
        for (Object element : elements) {
            h = Murmur3.mix(h, elementHash(element));
        }
        return Murmur3.finalizeHash(h, elements.length);
    }

    /**
     * The hash of any Scala {@code Seq} ({@code List}, {@code Vector}, {@code ArrayBuffer}, ...): equal
     * sequences hash alike whatever their class. Element hashes forming an arithmetic progression hash as
     * the equal {@code Range} would (any two elements do; three or more need a non-zero step).
     */
    public static int seqHash(List<?> seq) {
        Iterator<?> elements = seq.iterator();
        int h = SEQ_SEED;
        if (!elements.hasNext()) {
            return Murmur3.finalizeHash(h, 0);
        }
        int first = elementHash(elements.next());
        h = Murmur3.mix(h, first);
        if (!elements.hasNext()) {
            return Murmur3.finalizeHash(h, 1);
        }
        int afterFirst = h;
        int previous = elementHash(elements.next());
        h = Murmur3.mix(h, previous);
        int step = previous - first;
        int length = 2;
        boolean progression = true;
        while (elements.hasNext()) {
            int hash = elementHash(elements.next());
            h = Murmur3.mix(h, hash);
            progression &= step != 0 && hash - previous == step;
            previous = hash;
            length++;
        }
        return progression
                ? Murmur3.avalanche(Murmur3.mix(Murmur3.mix(afterFirst, step), previous))
                : Murmur3.finalizeHash(h, length);
    }

    /** The hash of any Scala {@code Set}: independent of iteration order. */
    public static int setHash(Collection<?> set) {
        UnorderedHash hash = new UnorderedHash();
        for (Object element : set) {
            hash.add(elementHash(element));
        }
        return hash.finish(SET_SEED);
    }

    /** The hash of any Scala {@code Map}: each entry hashes as the pair {@code (key, value)}, order aside. */
    public static int mapHash(Map<?, ?> map) {
        UnorderedHash hash = new UnorderedHash();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            hash.add(productHash("Tuple2", new Object[] {entry.getKey(), entry.getValue()}));
        }
        return hash.finish(MAP_SEED);
    }

    private static int longHash(long value) {
        int asInt = (int) value;
        return asInt == value ? asInt : Long.hashCode(value);
    }

    private static int doubleHash(double value) {
        int asInt = (int) value;
        if (asInt == value) {
            return asInt;
        }
        long asLong = (long) value;
        if (asLong == value) {
            return Long.hashCode(asLong);
        }
        float asFloat = (float) value;
        return asFloat == value ? Float.hashCode(asFloat) : Double.hashCode(value);
    }

    private static int floatHash(float value) {
        int asInt = (int) value;
        if (asInt == value) {
            return asInt;
        }
        long asLong = (long) value;
        return asLong == value ? Long.hashCode(asLong) : Float.hashCode(value);
    }

    /** Sum, xor and product of the element hashes: what makes Scala's set and map hashes order-free. */
    private static final class UnorderedHash {
        private int sum;
        private int xor;
        private int product = 1;
        private int count;

        void add(int hash) {
            sum += hash;
            xor ^= hash;
            product *= hash | 1;
            count++;
        }

        int finish(int seed) {
            int h = Murmur3.mix(seed, sum);
            h = Murmur3.mix(h, xor);
            h = Murmur3.mixLast(h, product);
            return Murmur3.finalizeHash(h, count);
        }
    }
}
