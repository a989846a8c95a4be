package dev.streamlab.engine.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a stream file line by line into batches; one parser per file. */
final class StreamFileParser {

    private static final String SEPARATOR = "---";
    private static final String SOURCE_KEYWORD = "source";
    private static final String RESTART_KEYWORD = "restart";
    private static final String FILE_KEYWORD = "file";
    private static final String RESTART_USAGE = "expected '--- restart' or '--- restart N', N the batch intervals of"
            + " downtime (0 to " + StreamFile.MAX_DOWNTIME + ")";
    private static final String FILE_USAGE = "expected '--- file NAME' followed by the file's lines";
    private static final int MAX_NAME_LENGTH = 255;
    private static final char ESCAPE = '\\';
    private static final char BYTE_ORDER_MARK = '\ufeff';

    private final String fileName;
    private final List<StreamBatch> batches = new ArrayList<>();
    private final Map<SourceRef, Integer> namedSources = new LinkedHashMap<>();
    private List<StreamRecord> records = new ArrayList<>();
    private List<DroppedFile> files = new ArrayList<>();
    private SourceRef source = SourceRef.DEFAULT;
    private String droppingName;
    private int droppingLine;
    private List<String> droppingLines;
    private int firstFileLine;
    private boolean batchHasLines;

    StreamFileParser(String fileName) {
        this.fileName = fileName;
    }

    StreamFile parse(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            readLine(lines.get(i), i + 1);
        }
        if (batchHasLines) {
            endBatch(null);
        }
        return new StreamFile(fileName, batches, Collections.unmodifiableMap(namedSources), firstFileLine);
    }

    /** Lines end at {@code \n}, optionally preceded by {@code \r}; a final newline does not start a line. */
    private static List<String> lines(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            int contentEnd = end > start && body.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(body.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }

    private void readLine(String line, int lineNumber) {
        if (line.equals(SEPARATOR)) {
            endFile();
            endBatch(null);
        } else if (line.startsWith(SEPARATOR + " ")) {
            endFile();
            String comment = line.substring(SEPARATOR.length() + 1);
            if (isDirective(comment, SOURCE_KEYWORD)) {
                switchSource(comment.substring(SOURCE_KEYWORD.length()).trim(), lineNumber);
            } else if (isDirective(comment, RESTART_KEYWORD)) {
                endBatch(restart(comment.substring(RESTART_KEYWORD.length()).trim(), lineNumber));
            } else if (isDirective(comment, FILE_KEYWORD)) {
                startFile(comment.substring(FILE_KEYWORD.length()).trim(), lineNumber);
            } else {
                endBatch(null);
            }
        } else {
            String text = !line.isEmpty() && line.charAt(0) == ESCAPE ? line.substring(1) : line;
            if (droppingLines != null) {
                droppingLines.add(text);
            } else {
                records.add(new StreamRecord(text, source, lineNumber));
            }
            batchHasLines = true;
        }
    }

    private static boolean isDirective(String comment, String keyword) {
        return comment.equals(keyword) || comment.startsWith(keyword + " ");
    }

    private void switchSource(String argument, int lineNumber) {
        source = new SourceArgument(argument, fileName, lineNumber).toSourceRef();
        namedSources.putIfAbsent(source, lineNumber);
        batchHasLines = true;
    }

    private StreamBatch.Restart restart(String argument, int lineNumber) {
        if (argument.isEmpty()) {
            return new StreamBatch.Restart(0, lineNumber);
        }
        if (argument.length() > 4 || !argument.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new StreamFileException(fileName, lineNumber, "'" + argument + "' is not a number of batch"
                    + " intervals: " + RESTART_USAGE);
        }
        int downtime = Integer.parseInt(argument);
        if (downtime > StreamFile.MAX_DOWNTIME) {
            throw new StreamFileException(fileName, lineNumber, "a downtime of " + downtime + " batch intervals is"
                    + " too long: " + RESTART_USAGE);
        }
        return new StreamBatch.Restart(downtime, lineNumber);
    }

    private void startFile(String name, int lineNumber) {
        checkFileName(name, lineNumber);
        for (DroppedFile f : files) {
            if (f.name().equals(name)) {
                throw new StreamFileException(fileName, lineNumber, "the file '" + name + "' is already dropped in"
                        + " this batch (line " + f.line() + "): give each file of a batch its own name");
            }
        }
        droppingName = name;
        droppingLine = lineNumber;
        droppingLines = new ArrayList<>();
        if (firstFileLine == 0) {
            firstFileLine = lineNumber;
        }
        batchHasLines = true;
    }

    private void checkFileName(String name, int lineNumber) {
        String reason = null;
        if (name.isEmpty()) {
            reason = "a file line names no file: " + FILE_USAGE;
        } else if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            reason = "'" + name + "' is a path: a dropped file lands in the watched folder itself, so name it"
                    + " without '/' or '\\'";
        } else if (name.startsWith(".") || name.startsWith("_")) {
            reason = "'" + name + "' starts with '" + name.charAt(0) + "': Spark's file streams and Hadoop's readers"
                    + " skip such hidden files, so the program would never see it";
        } else if (name.indexOf(':') >= 0 || name.chars().anyMatch(Character::isISOControl)) {
            reason = "'" + name + "' is not a name Hadoop accepts: leave out ':' and control characters";
        } else if (name.length() > MAX_NAME_LENGTH) {
            reason = "a file name has at most " + MAX_NAME_LENGTH + " characters";
        }
        if (reason != null) {
            throw new StreamFileException(fileName, lineNumber, reason);
        }
    }

    private void endFile() {
        if (droppingLines != null) {
            files.add(new DroppedFile(droppingName, droppingLines, droppingLine));
            droppingLines = null;
        }
    }

    private void endBatch(StreamBatch.Restart restart) {
        endFile();
        batches.add(new StreamBatch(batches.size() + 1, records, files, restart));
        records = new ArrayList<>();
        files = new ArrayList<>();
        source = SourceRef.DEFAULT;
        batchHasLines = false;
    }
}
