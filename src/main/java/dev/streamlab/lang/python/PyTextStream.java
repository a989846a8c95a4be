package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.Console;

/** {@code sys.stdout} and {@code sys.stderr}: where {@code print(..., file=)} and {@code .write} send text. */
public enum PyTextStream implements PyPrintable, PyTyped {
    STDOUT("<stdout>"),
    STDERR("<stderr>");

    private final String streamName;

    PyTextStream(String streamName) {
        this.streamName = streamName;
    }

    public void write(Console console, String text) {
        if (this == STDERR) {
            console.err(text);
        } else {
            console.out(text);
        }
    }

    @Override
    public String pyRepr() {
        return "<_io.TextIOWrapper name='" + streamName + "' mode='w' encoding='utf-8'>";
    }

    @Override
    public String pyTypeName() {
        return "_io.TextIOWrapper";
    }
}
