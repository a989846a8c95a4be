package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;

/** Parents' partitions one after the other: the first parent's partitions come first. */
final class UnionRdd<T> extends Rdd<T> {

    private final List<Rdd<? extends T>> parents;
    private final int[] parentOf;
    private final int[] indexIn;

    UnionRdd(RddContext context, List<Rdd<? extends T>> parents) {
        super(context);
        this.parents = List.copyOf(parents);
        int total = 0;
        for (Rdd<? extends T> p : parents) {
            total += p.numPartitions();
        }
        parentOf = new int[total];
        indexIn = new int[total];
        int at = 0;
        for (int i = 0; i < parents.size(); i++) {
            for (int j = 0; j < parents.get(i).numPartitions(); j++) {
                parentOf[at] = i;
                indexIn[at] = j;
                at++;
            }
        }
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.copyOf(parents);
    }

    @Override
    public int numPartitions() {
        return parentOf.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Iterator<T> compute(int partition) {
        return (Iterator<T>) parents.get(parentOf[partition]).iterator(indexIn[partition]);
    }
}
