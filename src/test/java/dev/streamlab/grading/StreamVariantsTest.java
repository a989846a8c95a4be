package dev.streamlab.grading;

import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;
import dev.streamlab.engine.source.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated streams change what a hard-coded program relies on and keep what the exercise promises. */
class StreamVariantsTest {

    private static final StreamFile UNICODE = StreamFile.parse("""
            Привет мир привет
            你好 世界 你好
            ---
            café, Café! ERROR  two  spaces
            ---
            ---
            🎉 party 🎉
            --- source 7777
            other source
            ---
            ---
            last
            """, "unicode.stream");

    @Test
    void theSameSeedGivesTheSameVariant() {
        assertThat(text(StreamVariants.vary(UNICODE, Set.of(), 11, "v")))
                .isEqualTo(text(StreamVariants.vary(UNICODE, Set.of(), 11, "v")))
                .isNotEqualTo(text(StreamVariants.vary(UNICODE, Set.of(), 12, "v")));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, -7, 123456789})
    void aVariantKeepsSourcesSpacingAndAtLeastOneEmptyBatch(long seed) {
        StreamFile variant = StreamVariants.vary(UNICODE, Set.of(), seed, "v");
        List<StreamRecord> before = records(UNICODE);
        List<StreamRecord> after = records(variant);
        assertThat(after).hasSameSizeAs(before);
        assertThat(shapes(after)).containsExactlyInAnyOrderElementsOf(shapes(before));
        assertThat(after).filteredOn(r -> r.source().equals(SourceRef.port(7777))).hasSize(1);
        assertThat(variant.batches()).anyMatch(StreamBatch::isEmpty);
        assertThat(variant.batches().size()).isBetween(UNICODE.batches().size(), UNICODE.batches().size() + 1);
    }

    @Test
    void wordsAreReplacedConsistentlyWithinTheirScriptAndCase() {
        WordSubstitution words = WordSubstitution.over(List.of("Привет мир привет", "你好 世界", "café Café"),
                Set.of(), new Random(5));
        String cyrillic = words.apply("Привет мир привет");
        String[] parts = cyrillic.split(" ");
        assertThat(parts[0]).isNotEqualTo("Привет").hasSize(6);
        assertThat(parts[0].toLowerCase()).isEqualTo(parts[2]);
        assertThat(Character.isUpperCase(parts[0].charAt(0))).isTrue();
        assertThat(cyrillic.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).isTrue();
        assertThat(words.apply("你好 世界").codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).isTrue();
        assertThat(words.apply("café, Café!")).matches("\\p{L}{4}, \\p{L}{4}!");
        Map<String, String> replacements = words.replacements();
        assertThat(Set.copyOf(replacements.values())).hasSameSizeAs(replacements.keySet());
    }

    @Test
    void theSyntaxOfTheDataIsNotAWord() {
        String json = "{\"ok\": true, \"v\": null, \"text\": \"caf\\u00e9\\n\", \"n\": 1e5, \"h\": 0xff}";
        String varied = WordSubstitution.over(List.of(json), Set.of(), new Random(3)).apply(json);
        assertThat(varied).contains(": true,", ": null,", "\\u00e9\\n", ": 1e5,", ": 0xff}")
                .doesNotContain("\"ok\"", "\"text\"");
    }

    @Test
    void wordsTheReferenceLooksForAreKept() {
        Set<String> kept = WordSubstitution.literalWordsOf("lines.filter(l => l.contains(\"ERROR\"))");
        assertThat(kept).containsExactly("error");
        StreamFile variant = StreamVariants.vary(UNICODE, kept, 9, "v");
        assertThat(records(variant)).anyMatch(r -> r.text().contains("ERROR"));
    }

    @Test
    void recordsThatLookLikeSeparatorsSurviveTheRoundTrip() {
        StreamFile tricky = StreamFile.parse("\\---\n\\\\x\n\n---\n", "tricky.stream");
        StreamFile variant = StreamVariants.vary(tricky, Set.of(), 1, "v");
        assertThat(records(variant).stream().map(StreamRecord::text)).containsExactlyInAnyOrder("---", "\\x", "");
    }

    private static List<StreamRecord> records(StreamFile file) {
        return file.batches().stream().flatMap(b -> b.records().stream()).toList();
    }

    /** A line with its letters blanked out: what a variant must keep. */
    private static List<String> shapes(List<StreamRecord> records) {
        return records.stream().map(r -> r.text().replaceAll("\\p{L}", "x")).collect(Collectors.toList());
    }

    private static String text(StreamFile file) {
        return StreamFileText.write(file.batches());
    }
}
