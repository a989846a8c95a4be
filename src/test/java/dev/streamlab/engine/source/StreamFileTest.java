package dev.streamlab.engine.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamFileTest {

    private static final String SPEC_EXAMPLE = """
            Hello Scala
            Hello Hadoop
            ---
            --- source 7777
            Hello Spark
            ---
            ---
            \\---
            """;

    @Test
    void specExampleHasFourBatches() {
        StreamFile file = StreamFile.parse(SPEC_EXAMPLE, "example.stream");

        assertThat(file.batches()).extracting(StreamBatch::number).containsExactly(1, 2, 3, 4);
        assertThat(texts(file, 0)).containsExactly("Hello Scala", "Hello Hadoop");
        assertThat(file.batches().get(0).records()).allMatch(r -> r.source().isDefault());
        assertThat(file.batches().get(1).records())
                .containsExactly(new StreamRecord("Hello Spark", SourceRef.port(7777), 5));
        assertThat(file.batches().get(2).isEmpty()).isTrue();
        assertThat(texts(file, 3)).containsExactly("---");
    }

    @Test
    void recordsRememberTheirLine() {
        StreamFile file = StreamFile.parse(SPEC_EXAMPLE, "example.stream");

        assertThat(file.batches().get(0).records()).extracting(StreamRecord::line).containsExactly(1, 2);
        assertThat(file.batches().get(3).records()).extracting(StreamRecord::line).containsExactly(8);
    }

    @Test
    void backslashEscapesTheRestOfTheLine() {
        StreamFile file = StreamFile.parse("\\---\n\\\\x\n\\\n\\--- source 9\n\\a\n", "f.stream");

        assertThat(texts(file, 0)).containsExactly("---", "\\x", "", "--- source 9", "a");
    }

    @Test
    void separatorWithACommentEndsTheBatch() {
        StreamFile file = StreamFile.parse("a\n--- end of the first second\nb\n--- sources below: none\nc\n", "f");

        assertThat(file.batches()).hasSize(3);
        assertThat(texts(file, 2)).containsExactly("c");
        assertThat(file.namedSources()).isEmpty();
    }

    @Test
    void linesThatOnlyLookLikeSeparatorsAreRecords() {
        StreamFile file = StreamFile.parse("----\n---x\n --- \n---\tx\n--\n", "f");

        assertThat(file.batches()).hasSize(1);
        assertThat(texts(file, 0)).containsExactly("----", "---x", " --- ", "---\tx", "--");
    }

    @Test
    void twoSeparatorsInARowMakeAnEmptyBatch() {
        StreamFile file = StreamFile.parse("a\n---\n---\nb\n", "f");

        assertThat(file.batches()).extracting(StreamBatch::isEmpty).containsExactly(false, true, false);
    }

    @Test
    void leadingSeparatorMakesAnEmptyFirstBatch() {
        StreamFile file = StreamFile.parse("---\na\n", "f");

        assertThat(file.batches()).extracting(StreamBatch::isEmpty).containsExactly(true, false);
    }

    @Test
    void trailingSeparatorAddsNothing() {
        assertThat(StreamFile.parse("a\n---\n", "f").batches()).hasSize(1);
        assertThat(StreamFile.parse("a\n---", "f").batches()).hasSize(1);
        assertThat(StreamFile.parse("a\n", "f").batches()).hasSize(1);
        assertThat(StreamFile.parse("a", "f").batches()).hasSize(1);
    }

    @Test
    void emptyFileHasNoBatches() {
        assertThat(StreamFile.parse("", "f").batches()).isEmpty();
    }

    @Test
    void emptyLinesAreRecords() {
        StreamFile file = StreamFile.parse("\na\n\n---\n\n", "f");

        assertThat(texts(file, 0)).containsExactly("", "a", "");
        assertThat(texts(file, 1)).containsExactly("");
    }

    @Test
    void crlfLinesReadLikeLfLines() {
        StreamFile crlf = StreamFile.parse("Hello Scala\r\n\r\n---\r\n--- source localhost:9999\r\nhi\r\n---\r\n", "f");

        assertThat(texts(crlf, 0)).containsExactly("Hello Scala", "");
        assertThat(crlf.batches().get(1).records())
                .containsExactly(new StreamRecord("hi", SourceRef.hostAndPort("localhost", 9999), 5));
    }

    @Test
    void carriageReturnInsideALineIsKept() {
        assertThat(texts(StreamFile.parse("a\rb\n", "f"), 0)).containsExactly("a\rb");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstRecord() {
        assertThat(texts(StreamFile.parse("\ufeffHello\n", "f"), 0)).containsExactly("Hello");
    }

    @Test
    void sourceLineRedirectsUntilTheNextSeparator() {
        StreamFile file = StreamFile.parse("a\n--- source 7777\nb\n--- source host:8888\nc\n---\nd\n", "f");

        assertThat(file.batches()).hasSize(2);
        assertThat(file.batches().get(0).records()).extracting(StreamRecord::source).containsExactly(
                SourceRef.DEFAULT, SourceRef.port(7777), SourceRef.hostAndPort("host", 8888));
        assertThat(file.batches().get(1).records()).extracting(StreamRecord::source)
                .containsExactly(SourceRef.DEFAULT);
    }

    @Test
    void sourceLineDoesNotEndTheBatch() {
        StreamFile file = StreamFile.parse("a\n--- source 7777\nb\n", "f");

        assertThat(file.batches()).hasSize(1);
        assertThat(texts(file, 0)).containsExactly("a", "b");
    }

    @Test
    void namedSourcesKeepTheLineThatFirstNamesThem() {
        StreamFile file = StreamFile.parse(
                "--- source 7777\na\n---\n--- source LOCALHOST:9999\n---\n--- source localhost:9999\nb\n", "f");

        assertThat(file.namedSources()).containsExactly(
                Map.entry(SourceRef.port(7777), 1), Map.entry(SourceRef.hostAndPort("localhost", 9999), 4));
    }

    @Test
    void ipv6HostsAreWrittenInBrackets() {
        StreamFile file = StreamFile.parse("--- source [::1]:9999\na\n", "f");

        assertThat(file.batches().get(0).records().get(0).source().host()).contains("::1");
    }

    @Test
    void badSourceLinesFailWithTheirLine() {
        assertBadSource("a\n---\n--- source\n", 3, "names no source");
        assertBadSource("--- source abc\n", 1, "'abc' is not a port");
        assertBadSource("a\n--- source localhost:\n", 2, "'' is not a port");
        assertBadSource("--- source :7777\n", 1, "no host before ':'");
        assertBadSource("--- source 70000\n", 1, "port 70000 is out of range");
        assertBadSource("--- source 0\n", 1, "port 0 is out of range");
        assertBadSource("x\ny\n--- source localhost 9999\n", 3, "names one source, not 'localhost 9999'");
    }

    @Test
    void errorMessagesReadFileColonLine() {
        assertThatThrownBy(() -> StreamFile.parse("a\n--- source x\n", "words.stream"))
                .hasMessageStartingWith("words.stream:2: ");
    }

    @Test
    void sourcesTheProgramDoesNotReadAreAnErrorNamingTheLine() {
        StreamFile file = StreamFile.parse("a\n---\n--- source 7777\nb\n--- source localhost:9999\nc\n", "in.stream");

        file.requireReadable(source -> true);
        assertThatThrownBy(() -> file.requireReadable(source -> source.port() == 7777))
                .isInstanceOf(StreamFileException.class)
                .hasMessage("in.stream:5: the program reads no source localhost:9999");
        assertThatThrownBy(() -> file.requireReadable(source -> false))
                .hasMessage("in.stream:3: the program reads no source on port 7777");
    }

    @Test
    void portOnlyReferencesNameEveryHost() {
        assertThat(SourceRef.port(9999).names("localhost", 9999)).isTrue();
        assertThat(SourceRef.port(9999).names("example.org", 9999)).isTrue();
        assertThat(SourceRef.hostAndPort("localhost", 9999).names("LocalHost", 9999)).isTrue();
        assertThat(SourceRef.hostAndPort("localhost", 9999).names("127.0.0.1", 9999)).isFalse();
        assertThat(SourceRef.port(9999).names("localhost", 7777)).isFalse();
        assertThat(SourceRef.DEFAULT.names("localhost", 9999)).isFalse();
    }

    @Test
    void readsAnExampleStreamFromDisk() throws IOException, URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(
                getClass().getResource("/streams/seed004_network_wordcount.stream")).toURI());

        StreamFile file = StreamFile.read(path);

        assertThat(file.fileName()).isEqualTo("seed004_network_wordcount.stream");
        assertThat(file.batches()).hasSize(6);
        assertThat(texts(file, 3)).containsExactly(
                "Spark Streaming 也可以用 WordCount 來簡單作為範例",
                "to be or not to be that is the question");
        assertThat(file.batches().get(4).isEmpty()).isTrue();
        assertThat(file.batches().get(5).records())
                .containsExactly(new StreamRecord("hi", SourceRef.hostAndPort("localhost", 9999), 12));
    }

    @Test
    void readsUtf8(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("unicode.stream");
        Files.writeString(path, "привет мир 😀\n");

        assertThat(texts(StreamFile.read(path), 0)).containsExactly("привет мир 😀");
    }

    @Test
    void modelIsImmutable() {
        StreamFile file = StreamFile.parse(SPEC_EXAMPLE, "f");

        assertThatThrownBy(() -> file.batches().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> file.batches().get(0).records().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> file.namedSources().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertBadSource(String text, int line, String reason) {
        assertThatThrownBy(() -> StreamFile.parse(text, "bad.stream"))
                .isInstanceOf(StreamFileException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((StreamFileException) e).line()).isEqualTo(line))
                .satisfies(e -> assertThat(((StreamFileException) e).fileName()).isEqualTo("bad.stream"));
    }

    private static List<String> texts(StreamFile file, int batchIndex) {
        return file.batches().get(batchIndex).records().stream().map(StreamRecord::text).toList();
    }
}
