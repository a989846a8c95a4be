package dev.streamlab.lang.ast;

/**
 * Where a node starts in its program's source: 1-based line and column (columns count UTF-16 chars of the
 * line, tabs as one). The file name is not repeated here: it lives on {@link Program}.
 */
public record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
