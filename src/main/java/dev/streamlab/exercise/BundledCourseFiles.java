package dev.streamlab.exercise;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The course bundled into the jar (the classpath's {@code exercises/}), read once into memory: it is small and never
 * changes. When the classpath is a folder (running from the build tree) it is read as a folder instead.
 */
public final class BundledCourseFiles implements CourseFiles {

    static final String ROOT = "exercises";

    /** path of a file inside the course ({@code word-count/scala/starter.scala}) → its text */
    private final Map<String, String> texts;

    private BundledCourseFiles(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The bundled course, from a folder when the classpath has it as one. */
    public static CourseFiles load() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Resource root = resolver.getResource("classpath:" + ROOT + "/");
            if (!root.exists()) {
                return new BundledCourseFiles(Map.of());
            }
            if (root.getURL().getProtocol().equals("file")) {
                return new FolderCourseFiles(root.getFile().toPath(), ROOT);
            }
            String rootUrl = root.getURL().toString();
            Map<String, String> texts = new TreeMap<>();
            for (Resource resource : resolver.getResources("classpath:" + ROOT + "/**/*")) {
                String url = resource.getURL().toString();
                if (url.endsWith("/") || !url.startsWith(rootUrl) || !resource.isReadable()) {
                    continue;
                }
                texts.put(url.substring(rootUrl.length()),
                        resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return new BundledCourseFiles(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled course", e);
        }
    }

    @Override
    public List<String> exerciseFolders() {
        return texts.keySet().stream().filter(path -> path.indexOf('/') > 0)
                .map(path -> path.substring(0, path.indexOf('/'))).distinct().sorted().toList();
    }

    @Override
    public List<String> files(String exercise) {
        String prefix = exercise + "/";
        return texts.keySet().stream().filter(path -> path.startsWith(prefix))
                .map(path -> path.substring(prefix.length())).sorted().toList();
    }

    @Override
    public Optional<String> read(String exercise, String path) {
        return Optional.ofNullable(texts.get(exercise + "/" + path));
    }

    @Override
    public String describe(String exercise, String path) {
        return ROOT + "/" + exercise + "/" + path;
    }

    @Override
    public CourseFiles refreshed() {
        return this;
    }
}
