package dev.streamlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic input for the benchmarks: lines of ten words drawn from a vocabulary of 1,000. */
final class WordBatches {

    static final int WORDS_PER_LINE = 10;

    private WordBatches() {
    }

    static List<String> lines(int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            for (int w = 0; w < WORDS_PER_LINE; w++) {
                if (w > 0) {
                    line.append(' ');
                }
                line.append("word").append(random.nextInt(1000));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
