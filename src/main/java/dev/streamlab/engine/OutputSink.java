package dev.streamlab.engine;

/**
 * Where a program's console goes: the driver's stdout and stderr. The CLI writes them to the process's
 * streams, a lab session to its browser tab.
 */
public interface OutputSink {

    void out(String line);

    void err(String line);
}
