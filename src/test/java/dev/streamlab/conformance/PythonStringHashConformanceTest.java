package dev.streamlab.conformance;

import dev.streamlab.lang.python.PythonHashes;
import dev.streamlab.lang.python.PythonKeyHashing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PySpark cannot run here, so the Python dialect's printed order rests on CPython's string hash with
 * {@code PYTHONHASHSEED=0} (semantics spec §6.4). This pins it, and the partition PySpark derives from it, for the
 * words of every conformance stream and a few hundred generated strings of each width CPython stores (ASCII,
 * Latin-1, Cyrillic, CJK, emoji), against the {@code python3} on this machine.
 */
class PythonStringHashConformanceTest {

    private static final int PER_ALPHABET = 60;

    @Test
    void pythonDialectHashesStringsAsCPythonWithHashSeedZero() throws Exception {
        List<String> strings = new ArrayList<>(streamWords());
        Random random = new Random(20261121);
        int[][] alphabets = {{0x20, 0x7e}, {0xa0, 0xff}, {0x400, 0x4ff}, {0x4e00, 0x9fff}, {0x1f300, 0x1faff}};
        for (int[] range : alphabets) {
            for (int i = 0; i < PER_ALPHABET; i++) {
                strings.add(randomString(random, range));
            }
        }
        List<String> python = cpythonHashes(strings);
        assertThat(strings).hasSizeGreaterThan(300);
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            assertThat(PythonHashes.stringHash(s)).as("hash(%s)", s).isEqualTo(Long.parseLong(python.get(i)));
            assertThat(new PythonKeyHashing().partition(s, 2)).as("partition of %s", s)
                    .isEqualTo((int) Math.floorMod(Long.parseLong(python.get(i)), 2L));
        }
    }

    private static Set<String> streamWords() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(EngineConformanceTest.CONFORMANCE.resolve("streams"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    words.addAll(List.of(line.split(" ")));
                }
            }
        }
        words.removeIf(w -> !isWellFormed(w));
        return words;
    }

    private static boolean isWellFormed(String s) {
        return s.codePoints().noneMatch(c -> c >= 0xd800 && c <= 0xdfff);
    }

    private static String randomString(Random random, int[] range) {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            boolean ascii = random.nextInt(4) == 0;
            out.appendCodePoint(ascii ? 'a' + random.nextInt(26) : range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return out.toString();
    }

    /** One python3 process for all strings: one per line in, its hash per line out. */
    private static List<String> cpythonHashes(List<String> strings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", "-c",
                "import sys\nfor line in sys.stdin:\n    print(hash(line[:-1]))");
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process python;
        try {
            python = builder.start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "python3 is not on the PATH");
            throw notInstalled;
        }
        try (OutputStream in = python.getOutputStream()) {
            in.write((String.join("\n", strings) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> hashes = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(hashes).hasSameSizeAs(strings);
        return hashes;
    }
}
