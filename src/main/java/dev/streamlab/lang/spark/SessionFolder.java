package dev.streamlab.lang.spark;

/**
 * Paths a program names (checkpoint and output directories, {@code hdfs://…} URLs) all land in the run's own
 * folder: the scheme and host are dropped and the rest is taken relative to it.
 */
final class SessionFolder {

    private SessionFolder() {
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
