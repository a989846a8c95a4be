package dev.streamlab.session;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one live session, and all of them together, may use. Each limit reached gets the student a message that
 * names it; the server and the other sessions go on.
 *
 * @param maxProgramChars  longest program accepted by Run
 * @param maxLineChars     longest line typed into a socket
 * @param maxLinesPerSecond lines a session may send per second (a burst of one second's worth is allowed)
 * @param maxSessionsPerBrowser open sessions of one browser (tabs)
 * @param maxSessions      open sessions on this server
 * @param idleMinutes      a session with no client for this long is stopped and freed
 * @param maxConsoleLinesPerBatch console lines sent per batch; the rest are counted, not sent
 * @param maxRecordsShown  records of one output, window or stream sent per batch for the views
 * @param maxStateKeys     keys a stateful stream may hold before the program is stopped
 * @param maxMessageChars  longest WebSocket message accepted from a client
 * @param maxFileChars     largest file dropped into a watched folder
 */
@ConfigurationProperties("streamlab.sessions")
public record SessionLimits(
        int maxProgramChars,
        int maxLineChars,
        int maxLinesPerSecond,
        int maxSessionsPerBrowser,
        int maxSessions,
        int idleMinutes,
        int maxConsoleLinesPerBatch,
        int maxRecordsShown,
        int maxStateKeys,
        int maxMessageChars,
        int maxFileChars) {

    public SessionLimits {
        maxProgramChars = positive(maxProgramChars, 100_000);
        maxLineChars = positive(maxLineChars, 10_000);
        maxLinesPerSecond = positive(maxLinesPerSecond, 200);
        maxSessionsPerBrowser = positive(maxSessionsPerBrowser, 8);
        maxSessions = positive(maxSessions, 2_000);
        idleMinutes = positive(idleMinutes, 10);
        maxConsoleLinesPerBatch = positive(maxConsoleLinesPerBatch, 1_000);
        maxRecordsShown = positive(maxRecordsShown, 1_000);
        maxStateKeys = positive(maxStateKeys, 100_000);
        maxMessageChars = positive(maxMessageChars, 512 * 1024);
        maxFileChars = positive(maxFileChars, 64 * 1024);
    }

    public static SessionLimits defaults() {
        return new SessionLimits(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static int positive(int value, int otherwise) {
        return value > 0 ? value : otherwise;
    }
}
