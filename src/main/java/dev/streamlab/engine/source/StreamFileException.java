package dev.streamlab.engine.source;

/** A stream file that cannot be replayed, pointing at the offending line as {@code file:line: reason}. */
public final class StreamFileException extends RuntimeException {

    private final String fileName;
    private final int line;
    private final String reason;

    public StreamFileException(String fileName, int line, String reason) {
        super(fileName + ":" + line + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    /** The message without the file and line. */
    public String reason() {
        return reason;
    }
}
