package dev.streamlab.lang.scala;

import dev.streamlab.engine.hash.JvmHashes;
import dev.streamlab.lang.runtime.Budget;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every Scala sequence: {@code List}, {@code Vector}, {@code ArraySeq} (varargs), {@code Range}, the mutable
 * {@code ArrayBuffer}/{@code ListBuffer}/{@code Queue}, and {@code Array}. One array-backed class, because student
 * programs use them interchangeably and the engine wants a {@link java.util.List}; {@link #kind()} decides how it
 * prints and whether it may change. Immutable kinds reject mutation; {@code Array} changes only in place.
 */
public final class ScalaSeq extends AbstractList<Object> implements RandomAccess {

    /** What the sequence stands for, with the name Scala prints it under. */
    public enum Kind {
        LIST("List", false),
        VECTOR("Vector", false),
        ARRAY_SEQ("ArraySeq", false),
        RANGE("Range", false),
        ARRAY_BUFFER("ArrayBuffer", true),
        LIST_BUFFER("ListBuffer", true),
        QUEUE("Queue", true),
        ARRAY("Array", false),
        /** An {@code Iterator}: the elements not yet read; {@link #next()} reads one. */
        ITERATOR("Iterator", false);

        private final String printedName;
        private final boolean growable;

        Kind(String printedName, boolean growable) {
            this.printedName = printedName;
            this.growable = growable;
        }

        public String printedName() {
            return printedName;
        }

        public boolean growable() {
            return growable;
        }
    }

    private final Kind kind;
    private final ArrayList<Object> items;
    private final String rangeText;

    private ScalaSeq(Kind kind, ArrayList<Object> items, String rangeText) {
        this.kind = kind;
        this.items = items;
        this.rangeText = rangeText;
    }

    public static ScalaSeq of(Kind kind, Collection<?> items) {
        Budget.checkSize(items.size());
        return new ScalaSeq(kind, new ArrayList<>(items), null);
    }

    public static ScalaSeq list(Collection<?> items) {
        return of(Kind.LIST, items);
    }

    public static ScalaSeq array(Collection<?> items) {
        return of(Kind.ARRAY, items);
    }

    public static ScalaSeq empty(Kind kind) {
        return new ScalaSeq(kind, new ArrayList<>(), null);
    }

    /** {@code start to end by step} / {@code start until end by step}. */
    public static ScalaSeq range(int start, int end, int step, boolean inclusive) {
        if (step == 0) {
            throw new IllegalArgumentException("step cannot be 0.");
        }
        long count = step > 0 ? ((long) end - start + (inclusive ? 1 : 0) + step - 1) / step
                : ((long) start - end + (inclusive ? 1 : 0) - step - 1) / -step;
        Budget.checkSize(Math.max(0, count));
        ArrayList<Object> values = new ArrayList<>((int) Math.max(0, count));
        for (long i = 0, v = start; i < count; i++, v += step) {
            values.add((int) v);
        }
        String text = "Range " + start + (inclusive ? " to " : " until ") + end + (step != 1 ? " by " + step : "");
        return new ScalaSeq(Kind.RANGE, values, text);
    }

    public Kind kind() {
        return kind;
    }

    /** The elements (read-only view for library code). */
    public List<Object> items() {
        return items;
    }

    /** How {@code Range} prints ({@code Range 1 to 3}); null for other kinds. */
    public String rangeText() {
        return rangeText;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= items.size()) {
            throw kind == Kind.ARRAY
                    ? new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + items.size())
                    : new IndexOutOfBoundsException(String.valueOf(index));
        }
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Object set(int index, Object element) {
        if (!kind.growable() && kind != Kind.ARRAY) {
            throw new UnsupportedOperationException("immutable " + kind.printedName());
        }
        get(index);
        return items.set(index, element);
    }

    @Override
    public void add(int index, Object element) {
        requireGrowable();
        Budget.checkSize(items.size() + 1L);
        items.add(index, element);
    }

    @Override
    public Object remove(int index) {
        requireGrowable();
        return items.remove(index);
    }

    @Override
    public void clear() {
        requireGrowable();
        items.clear();
    }

    private void requireGrowable() {
        if (!kind.growable()) {
            throw new UnsupportedOperationException(kind == Kind.ARRAY ? "an Array has a fixed size"
                    : "immutable " + kind.printedName());
        }
    }

    /** An iterator's {@code next()}: its first element, now read. */
    Object next() {
        if (items.isEmpty()) {
            throw new java.util.NoSuchElementException("next on empty iterator");
        }
        return items.remove(0);
    }

    @Override
    public boolean equals(Object other) {
        if (byIdentity() || other instanceof ScalaSeq s && s.byIdentity()) {
            return this == other;
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return byIdentity() ? System.identityHashCode(this) : JvmHashes.seqHash(this);
    }

    private boolean byIdentity() {
        return kind == Kind.ARRAY || kind == Kind.ITERATOR;
    }

    @Override
    public String toString() {
        return ScalaPrinter.show(this);
    }
}
