package dev.streamlab.lang.python.parse;

/** A CPython-style syntax error ("invalid syntax", "expected ':'") at a line and column (both 1-based). */
public final class PySyntaxError extends RuntimeException {

    private final String kind;
    private final int line;
    private final int column;

    public PySyntaxError(String kind, String message, int line, int column) {
        super(message);
        this.kind = kind;
        this.line = line;
        this.column = column;
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
