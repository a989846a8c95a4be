package dev.streamlab.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseWatcherTest {

    @TempDir
    Path folder;

    @Test
    void anEditedExerciseIsReloadedWithoutARestart() throws Exception {
        write("w/instructions.en.md", frontMatter("Before"));
        write("w/python/starter.py", "x = ...\n");
        write("w/python/solution.py", "x = 1\n");
        Course course = Course.load(new FolderCourseFiles(folder));
        CourseWatcher watcher = new CourseWatcher(course);
        CountDownLatch reloaded = new CountDownLatch(1);
        watcher.onReload(id -> {
            if (id.equals("w") && course.exercise("w").map(e -> e.title(Locale.ENGLISH)).orElse("").equals("After")) {
                reloaded.countDown();
            }
        });
        watcher.start();
        try {
            write("w/instructions.en.md", frontMatter("After"));

            assertThat(reloaded.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(course.exercise("w").orElseThrow().title(Locale.ENGLISH)).isEqualTo("After");
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    private static String frontMatter(String title) {
        return "---\ntitle: " + title + "\nchapter: basics\norder: 1\ndifficulty: 1\nbatch: 1s\n"
                + "sources: [localhost:9999]\ndialects: [python]\n---\nBody\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
