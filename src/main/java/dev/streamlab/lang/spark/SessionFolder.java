package dev.streamlab.lang.spark;

import java.nio.file.Path;

/**
 * Paths a program names (checkpoint and output directories, {@code hdfs://…} URLs) all land in the run's own
 * folder: the scheme and host are dropped and the rest is taken relative to it.
 */
final class SessionFolder {

    private SessionFolder() {
    }

    /**
     * The folder a {@code textFileStream(path)} watches, inside {@code sessionFolder}; a path that would still leave
     * it is refused.
     */
    static Path watched(Path sessionFolder, String path) {
        Path root = sessionFolder.toAbsolutePath().normalize();
        Path folder = root.resolve(relative(path)).normalize();
        if (!folder.startsWith(root)) {
            throw new SparkApiException("spark.textFileStream.outside", null, "\"" + path + "\"", path);
        }
        return folder;
    }

    static String relative(String path) {
        String p = path;
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            p = p.substring(scheme + 3);
            int slash = p.indexOf('/');
            p = slash < 0 ? "" : p.substring(slash);
        } else if (p.startsWith("file:")) {
            p = p.substring("file:".length());
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        p = p.replace("..", "_");
        return p.isEmpty() ? "output" : p;
    }
}
