package dev.streamlab.engine.dstream;

import dev.streamlab.engine.CheckpointStore;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code textFileStream} (spec §4.2): what a batch reads of the files that appear in the watched folder. */
class FileInputDStreamTest {

    @TempDir
    Path folder;

    private final EngineHarness engine = new EngineHarness(Duration.seconds(1));

    private Map<Long, List<List<String>>> partitionsOf(FileInputDStream files) {
        Map<Long, List<List<String>>> batches = new LinkedHashMap<>();
        files.foreachRdd((rdd, time) -> batches.put(time.milliseconds(), rdd.glom().collect()));
        return batches;
    }

    @Test
    void aFileDroppedDuringBatchNIsReadInBatchNOnePartitionPerFile() {
        FileInputDStream files = engine.ssc.textFileStream(folder.resolve("in"), "in");
        Map<Long, List<List<String>>> batches = partitionsOf(files);

        engine.replay("--- file b.txt\nb1\n--- file a.txt\na1\na2\n---\n---\n--- file c.txt\nc1\n", null);

        assertThat(batches).containsExactly(
                Map.entry(1000L, List.of(List.of("a1", "a2"), List.of("b1"))),
                Map.entry(2000L, List.of()),
                Map.entry(3000L, List.of(List.of("c1"))));
    }

    @Test
    void filesAlreadyThereWhenTheStreamIsMadeAreIgnored() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        Files.writeString(in.resolve("old.txt"), "old\n");
        Files.setLastModifiedTime(in.resolve("old.txt"), FileTime.fromMillis(0));
        FileInputDStream files = engine.ssc.textFileStream(in, "in");
        Map<Long, List<List<String>>> batches = partitionsOf(files);

        engine.replay("--- file new.txt\nnew\n", null);

        assertThat(batches).containsExactly(Map.entry(1000L, List.of(List.of("new"))));
    }

    @Test
    void hiddenFilesFoldersAndEmptyFilesGiveNoPartition() throws IOException {
        FileInputDStream files = engine.ssc.textFileStream(folder, "in");
        Map<Long, List<List<String>>> batches = partitionsOf(files);
        engine.ssc.start();
        files.drop("x.txt", "x\n");
        files.drop("empty.txt", "");
        Files.writeString(folder.resolve(".hidden"), "h\n");
        Files.setLastModifiedTime(folder.resolve(".hidden"), FileTime.fromMillis(1));
        Files.createDirectories(folder.resolve("sub"));
        engine.ssc.advance();

        assertThat(batches).containsExactly(Map.entry(1000L, List.of(List.of("x"))));
        assertThat(engine.err.toString()).contains("ERROR FileInputDStream: File empty.txt has no data in it.");
    }

    @Test
    void aFileIsReadOnceEvenIfItsNameComesBackWithinTheRememberWindow() {
        FileInputDStream files = engine.ssc.textFileStream(folder, "in");
        Map<Long, List<List<String>>> batches = partitionsOf(files);

        engine.replay("--- file a.txt\nfirst\n---\n--- file a.txt\nsecond\n", null);

        assertThat(batches).containsExactly(Map.entry(1000L, List.of(List.of("first"))),
                Map.entry(2000L, List.of()));
    }

    @Test
    void aRecoveredStreamReadsTheCheckpointBatchFilesAgain() {
        CheckpointStore store = new CheckpointStore();
        engine.ssc.useCheckpointStore(store);
        engine.ssc.checkpoint("cp");
        FileInputDStream files = engine.ssc.textFileStream(folder, "in");
        List<String> batches = new ArrayList<>();
        files.foreachRdd((rdd, time) -> batches.add(time.milliseconds() + " " + rdd.collect()));
        StreamFile input = StreamFile.parse("--- file a.txt\na\n---\n--- file b.txt\nb\n--- restart\n"
                + "--- file c.txt\nc\n", "f.stream");
        engine.ssc.start();
        StreamReplay replay = new StreamReplay(engine.ssc, input, null);
        replay.step(n -> { });
        replay.step(n -> { });
        assertThat(replay.takeRestart()).hasValue(0);
        engine.ssc.kill();

        StreamingContext again = StreamingContext.recover(store.read("cp").orElseThrow(), engine.clock, engine);
        again.start();
        replay.continueOn(again);
        replay.run();

        assertThat(batches).containsExactly("1000 [a]", "2000 [b]", "2000 [b]", "3000 [c]");
    }
}
