package dev.streamlab.engine.source;

/** The {@code HOST:PORT} or {@code PORT} after {@code --- source}, checked with the line it sits on. */
final class SourceArgument {

    private static final String USAGE = "expected '--- source HOST:PORT' or '--- source PORT'";

    private final String text;
    private final String fileName;
    private final int line;

    SourceArgument(String text, String fileName, int line) {
        this.text = text;
        this.fileName = fileName;
        this.line = line;
    }

    SourceRef toSourceRef() {
        if (text.isEmpty()) {
            throw error("a source line names no source: " + USAGE);
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw error("a source line names one source, not '" + text + "': " + USAGE);
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return SourceRef.port(port(text));
        }
        String host = unbracketed(text.substring(0, colon));
        if (host.isEmpty()) {
            throw error("no host before ':' in '" + text + "': " + USAGE);
        }
        return SourceRef.hostAndPort(host, port(text.substring(colon + 1)));
    }

    /** IPv6 hosts are written in brackets, as in URLs: {@code [::1]:9999}. */
    private static String unbracketed(String host) {
        return host.length() > 1 && host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1) : host;
    }

    private int port(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw error("'" + digits + "' is not a port: " + USAGE);
        }
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw error("port " + port + " is out of range: a port is a number from 1 to 65535");
        }
        return port;
    }

    private StreamFileException error(String reason) {
        return new StreamFileException(fileName, line, reason);
    }
}
