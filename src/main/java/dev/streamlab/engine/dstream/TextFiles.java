package dev.streamlab.engine.dstream;

import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Writes a batch as Hadoop would: a directory per batch, a part file per partition, an empty {@code _SUCCESS}. */
final class TextFiles {

    private TextFiles() {
    }

    static String directoryName(String prefix, String suffix, Time time) {
        String name = (prefix == null || prefix.isEmpty()) ? String.valueOf(time.milliseconds())
                : prefix + "-" + time.milliseconds();
        return (suffix == null || suffix.isEmpty()) ? name : name + "." + suffix;
    }

    static void save(Path root, String prefix, String suffix, Time time, Rdd<?> rdd,
                     Function<Object, String> format) {
        Path dir = root.resolve(directoryName(prefix, suffix, time)).normalize();
        if (!dir.startsWith(root.normalize())) {
            throw new EngineException("java.io.IOException", "Cannot write outside the session folder: " + prefix,
                    "save under a relative path such as \"out/words\"");
        }
        // One job over every partition, as Spark's save is: it also checkpoints what it reads.
        List<? extends List<?>> partitions = rdd.glom().collect();
        try {
            Files.createDirectories(dir);
            for (int p = 0; p < partitions.size(); p++) {
                List<String> lines = new ArrayList<>();
                for (Object x : partitions.get(p)) {
                    lines.add(format.apply(x));
                }
                Files.write(dir.resolve(String.format("part-%05d", p)), lines, StandardCharsets.UTF_8);
            }
            Files.write(dir.resolve("_SUCCESS"), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
