package dev.streamlab.lang.python;

import java.util.Iterator;
import java.util.List;

/**
 * PySpark's {@code pyspark.resultiterable.ResultIterable}: the values of one key after {@code groupByKey}. It prints
 * as an object address (students are told to {@code mapValues(list)}), iterates, and has a length.
 */
public final class ResultIterable implements Iterable<Object>, PyPrintable, PyTyped {

    private final List<Object> data;

    public ResultIterable(List<Object> data) {
        this.data = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(data));
    }

    public List<Object> data() {
        return data;
    }

    public int size() {
        return data.size();
    }

    @Override
    public Iterator<Object> iterator() {
        return data.iterator();
    }

    @Override
    public String pyRepr() {
        return "<pyspark.resultiterable.ResultIterable object at " + PyRepr.address(this) + ">";
    }

    @Override
    public String pyTypeName() {
        return "ResultIterable";
    }
}
