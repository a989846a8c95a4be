package dev.streamlab.grading;

import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;
import dev.streamlab.lang.Dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reference's runs on an exercise's own test streams, which never change between submissions: a reference is
 * deterministic on a manual clock. Keyed by exercise, dialect, test and the reference's and stream's contents, so an
 * edited exercise is run afresh. Bounded, least recently used first out; safe to share between grading threads.
 */
final class ReferenceCache {

    private record Key(String exercise, Dialect dialect, String test, String reference, int stream, Integer batches) {
    }

    private final int capacity;
    private final Map<Key, RecordedRun> runs;

    ReferenceCache(int capacity) {
        this.capacity = capacity;
        this.runs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, RecordedRun> eldest) {
                return size() > ReferenceCache.this.capacity;
            }
        };
    }

    RecordedRun get(GradedExercise exercise, TestCase test, Supplier<RecordedRun> run) {
        Key key = new Key(exercise.id(), exercise.dialect(), test.name(), exercise.reference(),
                fingerprint(test.stream()), exercise.rules().batches());
        synchronized (runs) {
            RecordedRun cached = runs.get(key);
            if (cached != null) {
                return cached;
            }
        }
        RecordedRun fresh = run.get();
        synchronized (runs) {
            runs.put(key, fresh);
        }
        return fresh;
    }

    private static int fingerprint(StreamFile stream) {
        int hash = 1;
        for (StreamBatch batch : stream.batches()) {
            hash = 31 * hash + batch.records().size();
            for (StreamRecord record : batch.records()) {
                hash = 31 * (31 * hash + record.text().hashCode()) + record.source().hashCode();
            }
        }
        return hash;
    }
}
