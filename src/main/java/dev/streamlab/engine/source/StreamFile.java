package dev.streamlab.engine.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A parsed {@code .stream} file (spec {@code stream-format.md}): the input of a run, batch by batch,
 * each record tagged with the socket source it goes to.
 */
public final class StreamFile {

    /** The longest downtime a {@code --- restart N} line may ask for, in batch intervals. */
    public static final int MAX_DOWNTIME = 1000;

    private final String fileName;
    private final List<StreamBatch> batches;
    private final Map<SourceRef, Integer> namedSources;
    private final int firstFileLine;

    StreamFile(String fileName, List<StreamBatch> batches, Map<SourceRef, Integer> namedSources, int firstFileLine) {
        this.fileName = fileName;
        this.batches = List.copyOf(batches);
        this.namedSources = namedSources;
        this.firstFileLine = firstFileLine;
    }

    /** Parses {@code text}; {@code fileName} only serves error messages. */
    public static StreamFile parse(String text, String fileName) {
        return new StreamFileParser(fileName).parse(text);
    }

    public static StreamFile read(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
    }

    public String fileName() {
        return fileName;
    }

    /** Batch 1 first; the batches of the file only, without the empty ones a run appends. */
    public List<StreamBatch> batches() {
        return batches;
    }

    /**
     * Every source a {@code --- source} line names, with the line that first names it, in file order. A source
     * named only by a line followed by no record is here too: naming a source the program lacks is an error.
     */
    public Map<SourceRef, Integer> namedSources() {
        return namedSources;
    }

    /** Whether any {@code --- restart} line kills the driver during the run. */
    public boolean restarts() {
        return batches.stream().anyMatch(StreamBatch::restarts);
    }

    /**
     * Fails at the first {@code --- file} line when the program watches no folder, as
     * {@code file:line: the program watches no folder …}.
     */
    public void requireWatchedFolder(boolean programWatches) {
        if (firstFileLine > 0 && !programWatches) {
            throw new StreamFileException(fileName, firstFileLine, "the program watches no folder: a '--- file' line"
                    + " drops a file for ssc.textFileStream(dir), which the program does not call");
        }
    }

    /**
     * Fails on the first named source for which {@code programReads} is false, as
     * {@code file:line: the program reads no source localhost:7777}.
     */
    public void requireReadable(Predicate<SourceRef> programReads) {
        namedSources.forEach((source, line) -> {
            if (!programReads.test(source)) {
                String name = source.host().isPresent() ? source.describe() : "on " + source.describe();
                throw new StreamFileException(fileName, line, "the program reads no source " + name);
            }
        });
    }
}
