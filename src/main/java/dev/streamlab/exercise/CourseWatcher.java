package dev.streamlab.exercise;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * While an instructor writes a course ({@code streamlab.exercises.watch=true}, the {@code dev} profile), reloads an
 * exercise as soon as one of its files changes, so the page shows the edit without a restart.
 */
@Component
@ConditionalOnProperty(name = "streamlab.exercises.watch", havingValue = "true")
public class CourseWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CourseWatcher.class);

    private final Course course;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile WatchService watcher;
    private volatile Thread thread;

    public CourseWatcher(Course course) {
        this.course = course;
    }

    /** Called with an exercise's id after it was reloaded. */
    public void onReload(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (!(course.files() instanceof FolderCourseFiles folder)) {
            LOG.warn("streamlab.exercises.watch is on but the course is the one bundled into the jar: set"
                    + " streamlab.exercises to the course folder to reload its edits");
            return;
        }
        Path root = folder.root();
        try {
            watcher = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        thread = new Thread(() -> watch(root), "course-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Reloading exercises of {} when their files change", root);
    }

    @Override
    public synchronized void stop() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("closing the course watcher", e);
            }
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    private void watch(Path root) {
        WatchService service = watcher;
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = (Path) key.watchable();
                Set<String> changed = new TreeSet<>();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        course.reload();
                        listeners.forEach(l -> course.entries().forEach(e -> l.accept(e.id())));
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                        registerTree(path);
                    }
                    Path relative = root.relativize(path);
                    if (relative.getNameCount() > 0 && !relative.toString().isEmpty()) {
                        changed.add(relative.getName(0).toString());
                    }
                }
                key.reset();
                for (String id : changed) {
                    course.reload(id);
                    LOG.info("Reloaded exercise {}", id);
                    listeners.forEach(l -> l.accept(id));
                }
            }
        } catch (ClosedWatchServiceException e) {
            LOG.debug("course watcher stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("the course watcher stopped on an error; restart the server to reload edits", e);
        }
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
