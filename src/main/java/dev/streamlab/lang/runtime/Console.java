package dev.streamlab.lang.runtime;

import dev.streamlab.engine.OutputSink;
import java.nio.charset.StandardCharsets;

/**
 * The program's stdout and stderr: text in any pieces ({@code print} without newline), whole lines out to the
 * {@link OutputSink}, every byte charged to the output budget.
 */
public final class Console {

    private final OutputSink sink;
    private final Budget budget;
    private final StringBuilder pendingOut = new StringBuilder();
    private final StringBuilder pendingErr = new StringBuilder();

    public Console(OutputSink sink, Budget budget) {
        this.sink = sink;
        this.budget = budget;
    }

    public void out(String text) {
        write(text, pendingOut, false);
    }

    public void err(String text) {
        write(text, pendingErr, true);
    }

    public void errLine(String line) {
        err(line + "\n");
    }

    /** Emits unfinished lines, at the end of a run. */
    public void flush() {
        if (pendingOut.length() > 0) {
            sink.out(pendingOut.toString());
            pendingOut.setLength(0);
        }
        if (pendingErr.length() > 0) {
            sink.err(pendingErr.toString());
            pendingErr.setLength(0);
        }
    }

    private void write(String text, StringBuilder pending, boolean toErr) {
        budget.chargeOutput(text.getBytes(StandardCharsets.UTF_8).length);
        int start = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
            pending.append(text, start, newline);
            String line = pending.toString();
            pending.setLength(0);
            if (toErr) {
                sink.err(line);
            } else {
                sink.out(line);
            }
            start = newline + 1;
        }
        pending.append(text, start, text.length());
    }
}
