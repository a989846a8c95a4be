package dev.streamlab.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.Duration;
import dev.streamlab.lang.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTest {

    @TempDir
    Path folder;

    @Test
    void theBundledWordCountHasItsMetadataInEveryLocale() {
        Exercise wordCount = Course.bundled().exercise("word-count").orElseThrow();

        assertThat(wordCount.chapter()).isEqualTo(Chapter.BASICS);
        assertThat(wordCount.batch()).isEqualTo(Duration.seconds(1));
        assertThat(wordCount.sources()).containsExactly("localhost:9999");
        assertThat(wordCount.dialects()).containsExactly(Dialect.SCALA, Dialect.PYTHON);
        assertThat(wordCount.grading()).isEqualTo(GradingOptions.DEFAULTS);
        assertThat(wordCount.title(Locale.ENGLISH)).isEqualTo("Word count");
        assertThat(wordCount.title(Locale.forLanguageTag("ru-RU"))).isEqualTo("Подсчёт слов");
        assertThat(wordCount.title(Locale.forLanguageTag("zh-CN"))).isEqualTo("单词计数");
        assertThat(wordCount.title(Locale.forLanguageTag("zh-Hant"))).isEqualTo("單字計數");
        assertThat(wordCount.title(Locale.GERMAN)).isEqualTo("Word count");
        assertThat(wordCount.hints(Locale.FRENCH)).hasSize(3).first().asString().contains("<code>flatMap</code>");
        assertThat(wordCount.visibleTests()).extracting(TestStream::name)
                .containsExactly("example", "spaces-and-empty-batches");
        assertThat(wordCount.hiddenTests()).extracting(TestStream::name).containsExactly("repeated-keys", "unicode");
        assertThat(wordCount.hiddenHint("unicode", Locale.FRENCH)).startsWith("Les mots peuvent");
        assertThat(wordCount.starter(Dialect.SCALA)).contains("val counts: DStream[(String, Int)] = ...");
        assertThat(wordCount.instructionsHtml(Locale.FRENCH)).contains("<table>")
                .contains("<code class=\"language-scala\">");
    }

    @Test
    void aBrokenExerciseStaysInTheCourseWhileTheOthersAreUsable() throws IOException {
        write("good/instructions.en.md", frontMatter("Good", "") + "Body\n");
        write("good/python/starter.py", "x = ...\n");
        write("good/python/solution.py", "x = 1\n");
        write("broken/instructions.en.md", frontMatter("Broken", "").replace("order: 1", "order: first"));

        Course course = Course.load(new FolderCourseFiles(folder, "c"));

        assertThat(course.exercise("good")).isPresent();
        assertThat(course.exercise("broken")).isEmpty();
        assertThat(course.broken()).singleElement().satisfies(broken -> assertThat(broken.problems())
                .extracting(Problem::toString).contains("c/broken/instructions.en.md:4: order must be a whole"
                        + " number from 1 to 999 \u2014 write order: 1"));
        assertThat(course.chapters()).singleElement().satisfies(chapter -> assertThat(chapter.exercises())
                .extracting(Exercise::id).containsExactly("good"));
    }

    @Test
    void rawHtmlInInstructionsIsEscaped() throws IOException {
        write("x/instructions.en.md", frontMatter("X", "") + "Hello <script>alert(1)</script>\n\n"
                + "[link](javascript:alert(1))\n");
        write("x/python/starter.py", "x = ...\n");
        write("x/python/solution.py", "x = 1\n");

        String html = Course.load(new FolderCourseFiles(folder)).exercise("x").orElseThrow()
                .instructionsHtml(Locale.ENGLISH);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("javascript:");
    }

    @Test
    void gradingOptionsAreReadWithTheirTypes() throws IOException {
        write("g/instructions.en.md", frontMatter("G", "grading:\n  order: ordered\n  outputs: [2]\n"
                + "  tolerance: 0.01\n  batches: 12\n"));
        write("g/python/starter.py", "x = ...\n");
        write("g/python/solution.py", "x = 1\n");

        Exercise exercise = Course.load(new FolderCourseFiles(folder)).exercise("g").orElseThrow();

        assertThat(exercise.grading()).isEqualTo(new GradingOptions(true, List.of(2), 0.01, 12));
    }

    @Test
    void keysOutOfTheFormatsOrderAreReportedButTheExerciseStaysUsable() throws IOException {
        write("k/instructions.en.md", frontMatter("K", "").replace("title: K\nchapter: basics\n",
                "chapter: basics\ntitle: K\n"));
        write("k/python/starter.py", "x = ...\n");
        write("k/python/solution.py", "x = 1\n");

        Course course = Course.load(new FolderCourseFiles(folder, "c"));

        assertThat(course.exercise("k")).isPresent();
        assertThat(course.problems()).extracting(Problem::toString).contains("c/k/instructions.en.md:3: 'title'"
                + " comes after 'chapter' \u2014 write the keys in this order: title, chapter, order, difficulty,"
                + " batch, sources, dialects, grading, hidden-hints");
    }

    @Test
    void reloadingPicksUpAChangedExercise() throws IOException {
        write("r/instructions.en.md", frontMatter("Before", ""));
        write("r/python/starter.py", "x = ...\n");
        write("r/python/solution.py", "x = 1\n");
        Course course = Course.load(new FolderCourseFiles(folder));

        write("r/instructions.en.md", frontMatter("After", ""));
        course.reload("r");

        assertThat(course.exercise("r").orElseThrow().title(Locale.ENGLISH)).isEqualTo("After");
    }

    private static String frontMatter(String title, String extra) {
        return "---\ntitle: " + title + "\nchapter: basics\norder: 1\ndifficulty: 2\nbatch: 500ms\n"
                + "sources: [localhost:9999]\ndialects: [python]\n" + extra + "---\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
