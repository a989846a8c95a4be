package dev.streamlab.engine.rdd;

import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code cogroup}: for each key, one buffer of values per parent. A parent already laid out by the same partitioner
 * is read in place; any other is shuffled. The reduce task takes all of the first parent's records, then the
 * second's, and emits keys in the language's map order.
 */
final class CoGroupedRdd extends Rdd<Tuple> {

    private final List<Rdd<?>> parents;
    private final List<Rdd<?>> sources;
    private final HashPartitioner partitioner;

    CoGroupedRdd(RddContext context, List<Rdd<?>> parents, HashPartitioner partitioner) {
        super(context);
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
        this.sources = new ArrayList<>(parents.size());
        for (Rdd<?> parent : parents) {
            sources.add(partitioner.equals(parent.partitioner())
                    ? parent
                    : new ShuffledRdd<>(parent, partitioner, null, false));
        }
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.copyOf(sources);
    }

    @Override
    public int numPartitions() {
        return partitioner.numPartitions();
    }

    @Override
    public HashPartitioner partitioner() {
        return partitioner;
    }

    @Override
    protected Iterator<Tuple> compute(int partition) {
        int width = parents.size();
        KeyedMap<Buffer[]> groups = KeyedMap.create(context.hashing());
        for (int i = 0; i < width; i++) {
            int side = i;
            Iterator<?> records = sources.get(i).iterator(partition);
            while (records.hasNext()) {
                Tuple record = PairRddFunctions.asPair(records.next());
                groups.update(record.key(), (had, old) -> {
                    Buffer[] buffers = had ? old : newBuffers(width);
                    buffers[side].append(record.value());
                    return buffers;
                });
            }
        }
        List<Tuple> out = new ArrayList<>(groups.size());
        groups.forEach((k, buffers) -> out.add(Tuple.pair(k, Tuple.of((Object[]) buffers))));
        return out.iterator();
    }

    private static Buffer[] newBuffers(int width) {
        Buffer[] buffers = new Buffer[width];
        for (int i = 0; i < width; i++) {
            buffers[i] = new Buffer(Buffer.Kind.COMPACT_BUFFER);
        }
        return buffers;
    }
}
