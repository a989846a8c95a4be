package dev.streamlab.lang.python.parse;

/** A CPython-style syntax error ("invalid syntax", "expected ':'") at a line and column (both 1-based). */
public final class PySyntaxError extends RuntimeException {

    private final String kind;
    private final int line;
    private final int column;
    private final Opener opener;

    /** A bracket still open where the parser gave up: its symbol and where it was written. */
    public record Opener(char symbol, int line, int column) {
    }

    public PySyntaxError(String kind, String message, int line, int column) {
        this(kind, message, line, column, null);
    }

    private PySyntaxError(String kind, String message, int line, int column, Opener opener) {
        super(message);
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.opener = opener;
    }

    /**
     * This error where the parser gave up, reported as the bracket {@code open} that is never closed (CPython's
     * words), remembering where that bracket was opened.
     */
    PySyntaxError neverClosed(Opener open) {
        return new PySyntaxError("SyntaxError", "'" + open.symbol() + "' was never closed", line, column, open);
    }

    /** The unclosed bracket behind this error, or null. */
    public Opener opener() {
        return opener;
    }

    public static PySyntaxError syntax(String message, int line, int column) {
        return new PySyntaxError("SyntaxError", message, line, column);
    }

    public static PySyntaxError indentation(String message, int line, int column) {
        return new PySyntaxError("IndentationError", message, line, column);
    }

    /** CPython's class name: SyntaxError, IndentationError or TabError. */
    public String kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
