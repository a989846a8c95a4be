package dev.streamlab.lang.scala.parse;

/** The program text, able to quote one of its lines in an error message. */
final class SourceText {

    private final String text;

    SourceText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    String line(int number) {
        int start = 0;
        for (int current = 1; current < number; current++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return "";
            }
            start = end + 1;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    ScalaSyntaxException error(int line, int column, String message, String hint) {
        return new ScalaSyntaxException(message, hint, line, column, line(line));
    }
}
