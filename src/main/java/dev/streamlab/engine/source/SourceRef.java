package dev.streamlab.engine.source;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which socket source a stream-file record goes to: the program's first {@code socketTextStream} (the
 * default), any source on a port, or the source on a host and port.
 */
public final class SourceRef {

    public static final SourceRef DEFAULT = new SourceRef(null, 0);

    private final String host;
    private final int port;

    private SourceRef(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static SourceRef port(int port) {
        return new SourceRef(null, requireValidPort(port));
    }

    public static SourceRef hostAndPort(String host, int port) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a source's host must not be empty");
        }
        return new SourceRef(host, requireValidPort(port));
    }

    public boolean isDefault() {
        return port == 0;
    }

    /** Empty for the default source and for a port-only reference. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The port; 0 for the default source. */
    public int port() {
        return port;
    }

    /**
     * True if this names a socket source at {@code host:port}: host names compare ignoring case, a port-only
     * reference names every host. The default source names none: which source is first is the program's business.
     */
    public boolean names(String sourceHost, int sourcePort) {
        if (isDefault() || port != sourcePort) {
            return false;
        }
        return host == null || host.equalsIgnoreCase(sourceHost);
    }

    /** How error messages name it: {@code localhost:7777}, {@code port 7777}, {@code the default source}. */
    public String describe() {
        if (isDefault()) {
            return "the default source";
        }
        return host == null ? "port " + port : host + ":" + port;
    }

    private static int requireValidPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is a number from 1 to 65535, not " + port);
        }
        return port;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRef that && port == that.port
                && Objects.equals(lowerCase(host), lowerCase(that.host));
    }

    @Override
    public int hashCode() {
        return Objects.hash(lowerCase(host), port);
    }

    @Override
    public String toString() {
        if (isDefault()) {
            return "default";
        }
        return host == null ? Integer.toString(port) : host + ":" + port;
    }

    private static String lowerCase(String host) {
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }
}
