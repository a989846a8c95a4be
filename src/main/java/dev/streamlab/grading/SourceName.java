package dev.streamlab.grading;

import java.util.Locale;

/** A socket source as {@code host:port}, compared as a student means it: {@code 127.0.0.1} is {@code localhost}. */
final class SourceName {

    private SourceName() {
    }

    static String normalize(String hostAndPort) {
        String lower = hostAndPort.strip().toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        if (colon < 0) {
            return lower;
        }
        String host = lower.substring(0, colon);
        if (host.equals("127.0.0.1") || host.equals("::1") || host.equals("[::1]")) {
            host = "localhost";
        }
        return host + lower.substring(colon);
    }
}
