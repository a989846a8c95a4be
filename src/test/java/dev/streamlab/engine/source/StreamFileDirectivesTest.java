package dev.streamlab.engine.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code --- restart [N]} and {@code --- file NAME} lines of stream files. */
class StreamFileDirectivesTest {

    @Test
    void restartEndsItsBatchAndCarriesTheDowntime() {
        StreamFile file = StreamFile.parse("a\n--- restart\nb\n--- restart 3\nc\n", "r.stream");

        assertThat(file.batches()).hasSize(3);
        assertThat(file.batches().get(0).restart()).isEqualTo(new StreamBatch.Restart(0, 2));
        assertThat(file.batches().get(1).restart()).isEqualTo(new StreamBatch.Restart(3, 4));
        assertThat(file.batches().get(2).restarts()).isFalse();
        assertThat(file.batches().get(1).records()).extracting(StreamRecord::text).containsExactly("b");
        assertThat(file.restarts()).isTrue();
    }

    @Test
    void restartAfterASeparatorEndsAnEmptyBatch() {
        StreamFile file = StreamFile.parse("a\n---\n--- restart 1\n", "r.stream");

        assertThat(file.batches()).extracting(StreamBatch::isEmpty).containsExactly(false, true);
        assertThat(file.batches().get(1).restart().downtime()).isEqualTo(1);
    }

    @Test
    void wordsThatOnlyStartLikeRestartAreComments() {
        StreamFile file = StreamFile.parse("a\n--- restarting soon\nb\n", "r.stream");

        assertThat(file.batches()).hasSize(2);
        assertThat(file.restarts()).isFalse();
    }

    @Test
    void malformedRestartLinesFailWithTheirLine() {
        assertBad("a\n--- restart x\n", "r.stream:2: 'x' is not a number of batch intervals");
        assertBad("--- restart -1\n", "r.stream:1: '-1' is not a number of batch intervals");
        assertBad("a\n---\n--- restart 2 3\n", "r.stream:3: '2 3' is not a number");
        assertBad("--- restart 1001\n", "r.stream:1: a downtime of 1001 batch intervals is too long");
    }

    @Test
    void fileLinesUntilTheNextSeparatorAreTheFileContent() {
        StreamFile file = StreamFile.parse("""
                Hello
                --- file words.txt
                spark streaming
                \\---
                \\\\x

                ---
                next
                """, "f.stream");

        StreamBatch first = file.batches().get(0);
        assertThat(first.records()).extracting(StreamRecord::text).containsExactly("Hello");
        assertThat(first.files()).containsExactly(
                new DroppedFile("words.txt", List.of("spark streaming", "---", "\\x", ""), 2));
        assertThat(first.files().get(0).content()).isEqualTo("spark streaming\n---\n\\x\n\n");
        assertThat(file.batches().get(1).records()).extracting(StreamRecord::text).containsExactly("next");
    }

    @Test
    void aSourceLineEndsTheFileAndTheBatchGoesOn() {
        StreamFile file = StreamFile.parse("--- file a.txt\nx\n--- file b.txt\ny\n--- source 7777\nz\n", "f");

        assertThat(file.batches()).hasSize(1);
        assertThat(file.batches().get(0).files()).extracting(DroppedFile::name).containsExactly("a.txt", "b.txt");
        assertThat(file.batches().get(0).records()).containsExactly(new StreamRecord("z", SourceRef.port(7777), 6));
    }

    @Test
    void anEmptyFileStillMakesItsBatch() {
        StreamFile file = StreamFile.parse("--- file empty.txt\n", "f");

        assertThat(file.batches()).hasSize(1);
        assertThat(file.batches().get(0).files().get(0).lines()).isEmpty();
        assertThat(file.batches().get(0).isEmpty()).isFalse();
    }

    @Test
    void badFileNamesFailWithTheirLine() {
        assertBad("--- file\n", "r.stream:1: a file line names no file");
        assertBad("a\n--- file logs/a.txt\n", "r.stream:2: 'logs/a.txt' is a path");
        assertBad("--- file ..\\a\n", "r.stream:1: '..\\a' is a path");
        assertBad("--- file .hidden\n", "r.stream:1: '.hidden' starts with '.'");
        assertBad("--- file _tmp\n", "r.stream:1: '_tmp' starts with '_'");
        assertBad("--- file c:x\n", "r.stream:1: 'c:x' is not a name Hadoop accepts");
        assertBad("--- file a.txt\nx\n--- file a.txt\n", "r.stream:3: the file 'a.txt' is already dropped in this"
                + " batch (line 1)");
    }

    @Test
    void theSameNameMayComeBackInALaterBatch() {
        StreamFile file = StreamFile.parse("--- file a.txt\nx\n---\n--- file a.txt\ny\n", "f");

        assertThat(file.batches()).extracting(b -> b.files().get(0).lines()).containsExactly(List.of("x"),
                List.of("y"));
    }

    @Test
    void filesForAProgramThatWatchesNoFolderAreAnErrorNamingTheLine() {
        StreamFile file = StreamFile.parse("a\n---\n--- file a.txt\nx\n", "in.stream");

        file.requireWatchedFolder(true);
        assertThatThrownBy(() -> file.requireWatchedFolder(false)).isInstanceOf(StreamFileException.class)
                .hasMessageStartingWith("in.stream:3: the program watches no folder");
        StreamFile.parse("a\n", "plain.stream").requireWatchedFolder(false);
    }

    private static void assertBad(String text, String message) {
        assertThatThrownBy(() -> StreamFile.parse(text, "r.stream")).isInstanceOf(StreamFileException.class)
                .hasMessageStartingWith(message);
    }
}
