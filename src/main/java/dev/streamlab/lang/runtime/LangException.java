package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An error the student must fix, from any stage (parse, compile, run, sandbox): a message-bundle key with its
 * arguments and the position it points at. Student code cannot catch it (only {@link GuestException}s are
 * catchable), so a budget overrun always ends the program. The file name and source line are attached by whoever
 * knows the program ({@link #locatedIn}) so the rendering can show the line with a caret.
 */
public class LangException extends RuntimeException {

    private static final String BUNDLE = "i18n/lang";
    /** The Spark binding's messages (import paths the lab cannot provide are reported by the resolver). */
    private static final String SPARK_BUNDLE = "i18n/spark";

    private final String key;
    private final Object[] args;
    private Position position;
    private String fileName;
    private String sourceLine;

    public LangException(String key, Position position, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.position = position;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public Position position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public String sourceLine() {
        return sourceLine;
    }

    /** Fills in the position if the thrower did not know it (natives and operators do not). */
    public LangException at(Position where) {
        if (position == null) {
            position = where;
        }
        return this;
    }

    /** Attaches the program the position refers to, keeping the first attachment. */
    public LangException locatedIn(String file, String source) {
        if (fileName == null) {
            fileName = file;
            if (position != null && source != null) {
                sourceLine = lineOf(source, position.line());
            }
        }
        return this;
    }

    /** The message alone, in the given language: no position, no source line. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(key.startsWith("spark.") ? SPARK_BUNDLE : BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key + " " + Arrays.toString(args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** {@code file:line:column: message}, then the source line and a caret under the column. */
    public String render(Locale locale) {
        StringBuilder out = new StringBuilder();
        if (fileName != null) {
            out.append(fileName).append(':');
        }
        if (position != null) {
            out.append(position.line()).append(':').append(position.column()).append(": ");
        } else if (fileName != null) {
            out.append(' ');
        }
        out.append(message(locale));
        if (sourceLine != null && position != null) {
            out.append('\n').append(sourceLine).append('\n');
            int caret = Math.max(0, Math.min(position.column() - 1, sourceLine.length()));
            for (int i = 0; i < caret; i++) {
                out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        return out.toString();
    }

    @Override
    public String getMessage() {
        return render(Locale.ENGLISH);
    }

    private static String lineOf(String source, int line) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int next = source.indexOf('\n', start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        int end = source.indexOf('\n', start);
        String text = end < 0 ? source.substring(start) : source.substring(start, end);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
