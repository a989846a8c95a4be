package dev.streamlab.lang.python;

import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.runtime.LangException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An error of a Python program the student must fix and cannot catch: a syntax error (CPython's own words, which
 * are English in every locale, plus a translated hint where we have one) or a wall of the lab's sandbox
 * ({@code open}, {@code eval}, dunder attributes). Messages come from {@code i18n/python*.properties}.
 */
public final class PyLabException extends LangException {

    private static final String BUNDLE = "i18n/python";

    public PyLabException(String key, Position position, Object... args) {
        super(key, position, args);
    }

    /** {@code SyntaxError: invalid syntax} (or IndentationError), as CPython prints it. */
    public static PyLabException syntax(String kind, String message, int line, int column) {
        return new PyLabException("python.syntax", new Position(line, column), kind, message);
    }

    /** A syntax error behind which a bracket is never closed: its symbol, line and column come after the message. */
    public static PyLabException syntax(String kind, String message, int line, int column, String symbol,
                                        int openLine, int openColumn) {
        return new PyLabException("python.syntax", new Position(line, column), kind, message, symbol, openLine,
                openColumn);
    }

    @Override
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key());
        } catch (MissingResourceException missing) {
            return key();
        }
        String text = new MessageFormat(pattern, locale).format(args());
        String hint = hint(bundle);
        return hint == null ? text : text + "\n" + hint;
    }

    /** A translated hint for CPython syntax messages we know, keyed by the message's first words. */
    private String hint(ResourceBundle bundle) {
        if (!key().equals("python.syntax") || args().length < 2) {
            return null;
        }
        if (args().length == 5) {
            return new MessageFormat(bundle.getString("python.openedAt"), Locale.ROOT).format(args());
        }
        String message = String.valueOf(args()[1]);
        for (String known : bundle.keySet()) {
            if (known.startsWith("python.hint.") && !known.endsWith(".when")
                    && message.contains(bundle.getString(known + ".when"))) {
                return bundle.getString(known);
            }
        }
        return null;
    }
}
