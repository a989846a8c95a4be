package dev.streamlab.lang.scala.parse;

/** A syntax error in a Scala program, pointing at the line and column where reading stopped making sense. */
public final class ScalaSyntaxException extends RuntimeException {

    private final int line;
    private final int column;
    private final String hint;
    private final String sourceLine;

    ScalaSyntaxException(String message, String hint, int line, int column, String sourceLine) {
        super(message);
        this.line = line;
        this.column = column;
        this.hint = hint;
        this.sourceLine = sourceLine;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String hint() {
        return hint;
    }

    public String render(String fileName) {
        String caret = " ".repeat(Math.max(0, column - 1)) + "^";
        return fileName + ":" + line + ":" + column + ": " + getMessage() + "\n" + sourceLine + "\n" + caret
                + (hint == null ? "" : "\n" + hint);
    }
}
