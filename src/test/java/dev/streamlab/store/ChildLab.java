package dev.streamlab.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link LabInstance} in a child JVM on the test's class path, and the lines it prints. */
final class ChildLab implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    ChildLab(Path log, boolean load, String... springArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LabInstance.class.getName()));
        if (load) {
            command.add("--load");
        }
        command.addAll(List.of(springArgs));
        process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closedByKill) {
                lines.add("closed");
            }
        }, "child-lab-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line that starts with {@code prefix}, skipping others, within the timeout. */
    String await(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (;;) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the child lab printed no '" + prefix + "' in " + seconds + " s"
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")"));
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
    }

    int port() throws InterruptedException {
        return Integer.parseInt(await("port ", 180));
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hook, no flush, no rollback by the application. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Every line printed before the kill that was not read yet. */
    List<String> remaining() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(30));
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        return rest;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
