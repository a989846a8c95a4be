package dev.streamlab.lang.python;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one python3 process over many inputs, for differential tests (skipped where python3 is absent). */
final class CPythonOracle {

    private CPythonOracle() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Feeds {@code input} lines to {@code script} (which reads stdin) and returns its output lines. */
    static List<String> run(String script, List<String> input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", script).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] bytes = String.join("\n", input).concat("\n").getBytes(StandardCharsets.UTF_8);
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                in.write(bytes);
            } catch (IOException closed) {
                p.destroy();
            }
        });
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.join();
        p.waitFor(60, TimeUnit.SECONDS);
        return out.lines().toList();
    }
}
