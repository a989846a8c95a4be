package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Position;

/** The program text being read, and the place syntax errors about it are made. */
final class SourceText {

    private final String text;

    SourceText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    ScalaSyntaxException error(int line, int column, String key, Object... args) {
        return new ScalaSyntaxException(key, new Position(line, column), args);
    }
}
