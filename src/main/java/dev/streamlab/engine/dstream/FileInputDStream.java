package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code textFileStream(directory)} (Spark's FileInputDStream, spec §4.2): batch T reads the files of the folder
 * whose modification time is in {@code (max(creation time, T − remember window), T]} and that no remembered batch
 * selected yet, so files already there when the stream was made are ignored (newFilesOnly). Names starting with
 * {@code .} are skipped, as are folders. Each non-empty file is one partition of its lines; the files of a batch
 * come in name order (Spark's follows the file system's listing). The files each remembered batch selected go into
 * checkpoints, and a recovered stream reads those batches' files again.
 */
public final class FileInputDStream extends InputDStream<String> {

    private static final long MIN_REMEMBER_MS = 60_000;

    private final Path directory;
    private final String name;
    private final long initialModTimeIgnoreThreshold;
    private final Duration durationToRemember;
    private final Map<Time, List<Path>> selectedByBatch = new HashMap<>();
    private final Set<Path> recentlySelected = new HashSet<>();

    /** Watches {@code directory}; {@code name} is how the program named it. */
    public FileInputDStream(StreamingContext ssc, Path directory, String name) {
        super(ssc);
        this.directory = directory;
        this.name = name;
        this.initialModTimeIgnoreThreshold = ssc.clock().millis();
        long b = ssc.batchDuration().milliseconds();
        this.durationToRemember = new Duration(b * (long) Math.ceil((double) MIN_REMEMBER_MS / b));
        remember(durationToRemember);
    }

    @Override
    public String description() {
        return name;
    }

    public Path directory() {
        return directory;
    }

    /**
     * A file moved into the folder now, atomically, as Spark asks: written beside it under a hidden name, then
     * renamed. Its modification time is the context's clock plus one millisecond, so that it falls into the batch
     * being received even on a manual clock that sits on the previous batch's time.
     */
    public void drop(String fileName, String content) {
        Path target = directory.resolve(fileName).normalize();
        if (!target.getParent().equals(directory.normalize())) {
            throw new IllegalArgumentException("a dropped file is named, not a path: " + fileName);
        }
        try {
            Files.createDirectories(directory);
            Path staging = directory.resolve("." + fileName + ".dropping");
            Files.writeString(staging, content, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(staging, FileTime.fromMillis(ssc.clock().millis() + 1));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void allocate(Time time) {
        ssc.trace().input(this, 0);
    }

    @Override
    protected Rdd<String> compute(Time validTime) {
        List<Path> files = findNewFiles(validTime.milliseconds());
        synchronized (this) {
            selectedByBatch.put(validTime, files);
            recentlySelected.addAll(files);
        }
        List<List<String>> partitions = read(files);
        ssc.trace().input(this, partitions.stream().mapToInt(List::size).sum());
        return Rdd.fromPartitions(ssc.rddContext(), partitions);
    }

    private List<Path> findNewFiles(long currentTime) {
        long ignoreThreshold = Math.max(initialModTimeIgnoreThreshold,
                currentTime - durationToRemember.milliseconds());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        TreeMap<String, Path> found = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(p -> {
                String fileName = p.getFileName().toString();
                if (!fileName.startsWith(".") && Files.isRegularFile(p)
                        && isNew(p, currentTime, ignoreThreshold)) {
                    found.put(fileName, p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return new ArrayList<>(found.values());
    }

    private synchronized boolean isNew(Path file, long currentTime, long ignoreThreshold) {
        long modTime;
        try {
            modTime = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return false;
        }
        return modTime > ignoreThreshold && modTime <= currentTime && !recentlySelected.contains(file);
    }

    /** The files' lines, one partition per non-empty file (a small text file is one Hadoop split). */
    private List<List<String>> read(List<Path> files) {
        List<List<String>> partitions = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EngineException("java.io.FileNotFoundException", "File " + file.getFileName()
                        + " does not exist", "files in the watched folder must stay there once they appeared");
            }
            if (lines.isEmpty()) {
                ssc.sink().err("ERROR FileInputDStream: File " + file.getFileName() + " has no data in it. Spark"
                        + " Streaming can only ingest files that have been \"moved\" to the directory assigned to"
                        + " the file stream. Refer to the streaming programming guide for more details.");
            } else {
                partitions.add(lines);
            }
        }
        return partitions;
    }

    @Override
    public void clearMetadata(Time time) {
        super.clearMetadata(time);
        synchronized (this) {
            Time oldest = time.minus(rememberDuration());
            selectedByBatch.entrySet().removeIf(e -> {
                if (e.getKey().isBefore(oldest)) {
                    e.getValue().forEach(recentlySelected::remove);
                    return true;
                }
                return false;
            });
        }
    }

    @Override
    protected synchronized Object inputMetadata() {
        return Map.copyOf(selectedByBatch);
    }

    /** Spark's FileInputDStreamCheckpointData.restore: each remembered batch's files are read again. */
    @Override
    @SuppressWarnings("unchecked")
    protected void restoreInputMetadata(Object metadata) {
        Map<Time, List<Path>> saved = new TreeMap<>((Map<Time, List<Path>>) metadata);
        synchronized (this) {
            selectedByBatch.clear();
            recentlySelected.clear();
            saved.forEach((time, files) -> {
                selectedByBatch.put(time, files);
                recentlySelected.addAll(files);
            });
        }
        saved.forEach((time, files) -> restoreRdd(time, Rdd.fromPartitions(ssc.rddContext(), read(files))));
    }
}
