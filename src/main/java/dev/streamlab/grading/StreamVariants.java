package dev.streamlab.grading;

import dev.streamlab.engine.source.DroppedFile;
import dev.streamlab.engine.source.SourceRef;
import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Streams generated from a visible one, against programs that print what they expect instead of computing it: each
 * batch's lines shuffled (per source), its words replaced consistently ({@link WordSubstitution}), one empty batch
 * inserted and, when the stream has several, one of its empty batches removed. A variant keeps what the exercise
 * promises: the same sources, the same line structure and spacing, the reference's own words, at least one empty
 * batch if the original had one, dropped files (their words replaced too) and driver restarts where they were (a
 * stream that restarts keeps its batches where they are: downtime is counted in batches). The same seed always
 * gives the same variant.
 */
final class StreamVariants {

    private StreamVariants() {
    }

    /** The variant of {@code original} for {@code seed}, keeping the words of {@code kept} (lower case). */
    static StreamFile vary(StreamFile original, Set<String> kept, long seed, String name) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (StreamBatch batch : original.batches()) {
            for (StreamRecord record : batch.records()) {
                texts.add(record.text());
            }
            for (DroppedFile file : batch.files()) {
                texts.addAll(file.lines());
            }
        }
        List<List<StreamRecord>> batches = new ArrayList<>();
        for (StreamBatch batch : original.batches()) {
            batches.add(shuffledPerSource(batch.records(), random));
        }
        WordSubstitution words = WordSubstitution.over(texts, kept, random);
        List<StreamBatch> varied = new ArrayList<>();
        for (int b = 0; b < batches.size(); b++) {
            StreamBatch batch = original.batches().get(b);
            List<StreamRecord> replaced = new ArrayList<>();
            for (StreamRecord record : batches.get(b)) {
                replaced.add(new StreamRecord(words.apply(record.text()), record.source(), record.line()));
            }
            List<DroppedFile> files = new ArrayList<>();
            for (DroppedFile file : batch.files()) {
                files.add(new DroppedFile(file.name(), file.lines().stream().map(words::apply).toList(), file.line()));
            }
            varied.add(new StreamBatch(b + 1, replaced, files, batch.restart()));
        }
        if (varied.stream().noneMatch(StreamBatch::restarts)) {
            moveGaps(varied, random);
        }
        return StreamFile.parse(StreamFileText.write(varied), name);
    }

    private static List<StreamRecord> shuffledPerSource(List<StreamRecord> records, Random random) {
        Map<SourceRef, List<StreamRecord>> bySource = new LinkedHashMap<>();
        for (StreamRecord record : records) {
            bySource.computeIfAbsent(record.source(), s -> new ArrayList<>()).add(record);
        }
        List<StreamRecord> shuffled = new ArrayList<>(records.size());
        for (List<StreamRecord> group : bySource.values()) {
            Collections.shuffle(group, random);
            shuffled.addAll(group);
        }
        return shuffled;
    }

    /** Removes one empty batch if two or more remain, then inserts one anywhere before the last batch. */
    private static void moveGaps(List<StreamBatch> batches, Random random) {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            if (batches.get(i).isEmpty()) {
                empty.add(i);
            }
        }
        if (empty.size() >= 2) {
            batches.remove((int) empty.get(random.nextInt(empty.size())));
        }
        batches.add(random.nextInt(Math.max(1, batches.size())), new StreamBatch(0, List.of()));
    }
}
