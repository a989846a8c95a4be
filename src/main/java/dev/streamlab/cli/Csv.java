package dev.streamlab.cli;

/** RFC 4180 fields: quoted when they hold a comma, a quote or a line break, quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        boolean plain = value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0;
        return plain ? value : quoted(value);
    }

    static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
