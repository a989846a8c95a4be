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
    private static final char ESCAPE = '\\';
    private static final char BYTE_ORDER_MARK = '\ufeff';

    private final String fileName;
    private final List<StreamBatch> batches = new ArrayList<>();
    private final Map<SourceRef, Integer> namedSources = new LinkedHashMap<>();
    private List<StreamRecord> records = new ArrayList<>();
    private SourceRef source = SourceRef.DEFAULT;
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
            endBatch();
        }
        return new StreamFile(fileName, batches, Collections.unmodifiableMap(namedSources));
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
            endBatch();
        } else if (line.startsWith(SEPARATOR + " ")) {
            String comment = line.substring(SEPARATOR.length() + 1);
            if (isSourceDirective(comment)) {
                switchSource(comment.substring(SOURCE_KEYWORD.length()).trim(), lineNumber);
            } else {
                endBatch();
            }
        } else {
            String text = !line.isEmpty() && line.charAt(0) == ESCAPE ? line.substring(1) : line;
            records.add(new StreamRecord(text, source, lineNumber));
            batchHasLines = true;
        }
    }

    private static boolean isSourceDirective(String comment) {
        return comment.equals(SOURCE_KEYWORD) || comment.startsWith(SOURCE_KEYWORD + " ");
    }

    private void switchSource(String argument, int lineNumber) {
        source = new SourceArgument(argument, fileName, lineNumber).toSourceRef();
        namedSources.putIfAbsent(source, lineNumber);
        batchHasLines = true;
    }

    private void endBatch() {
        batches.add(new StreamBatch(batches.size() + 1, records));
        records = new ArrayList<>();
        source = SourceRef.DEFAULT;
        batchHasLines = false;
    }
}
