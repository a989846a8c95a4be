package dev.streamlab.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationStalenessTest {

    @TempDir
    Path course;

    @Test
    void editingTheEnglishFileMakesEveryTranslationStale() throws IOException {
        copyBundledExercise("word-count");
        Course loaded = Course.load(new FolderCourseFiles(course, "course"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.exercise("word-count").orElseThrow().title(Locale.FRENCH)).isEqualTo("Comptage de mots");

        Path english = course.resolve("word-count/instructions.en.md");
        String edited = Files.readString(english) + "\nOne more sentence for the students.\n";
        Files.writeString(english, edited);
        loaded.reload("word-count");

        String hash = SourceHash.of(edited);
        assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
                stale("fr", "French", hash), stale("ru", "Russian", hash),
                stale("zh-CN", "Simplified Chinese", hash), stale("zh-TW", "Traditional Chinese", hash));
        Exercise exercise = loaded.exercise("word-count").orElseThrow();
        assertThat(exercise.title(Locale.FRENCH)).isEqualTo("Word count");
        assertThat(exercise.instructionsHtml(Locale.FRENCH)).contains("One more sentence for the students.");
        assertThat(exercise.shownLocale(Locale.FRENCH)).isEqualTo(CourseLocale.EN);
    }

    @Test
    void settingTheNewHashMakesATranslationCurrentAgain() throws IOException {
        copyBundledExercise("word-count");
        Path english = course.resolve("word-count/instructions.en.md");
        Files.writeString(english, Files.readString(english) + "\nA new paragraph.\n");
        Path french = course.resolve("word-count/instructions.fr.md");
        Files.writeString(french, Files.readString(french).replaceFirst("source-hash: \\w+",
                "source-hash: " + SourceHash.of(Files.readString(english))));

        Course loaded = Course.load(new FolderCourseFiles(course, "course"));

        assertThat(loaded.problems()).extracting(Problem::file).doesNotContain("course/word-count/instructions.fr.md");
        assertThat(loaded.exercise("word-count").orElseThrow().shownLocale(Locale.FRENCH)).isEqualTo(CourseLocale.FR);
    }

    @Test
    void theHashIsTheFirstSixteenHexDigitsOfSha256WithLfLineEndings() {
        // printf 'title\n' | sha256sum | cut -c1-16
        assertThat(SourceHash.of("title\n")).isEqualTo("1ec72b6861fee992");
        assertThat(SourceHash.of("title\r\n")).isEqualTo("1ec72b6861fee992");
    }

    private static String stale(String tag, String language, String hash) {
        return "course/word-count/instructions." + tag + ".md:3: the " + language + " translation is stale:"
                + " instructions.en.md changed since it was translated \u2014 bring it up to date with"
                + " instructions.en.md, then set source-hash: " + hash;
    }

    private void copyBundledExercise(String id) throws IOException {
        Path source = Path.of("exercises", id);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = course.resolve(id).resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }
}
