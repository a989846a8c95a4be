package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.runtime.LangException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A syntax error in a Scala program: the shared {@link LangException}, whose key and plain-words hint (key
 * {@code <key>.hint}) come from the Scala parser's own bundle {@code i18n/scala_syntax}. The hint is rendered after
 * the source line and caret.
 */
public final class ScalaSyntaxException extends LangException {

    private static final String BUNDLE = "i18n/scala_syntax";

    /** English lives in the base file: asking for it must not fall back to the server's default locale. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A word of the message that is itself translated, such as "end of input". */
    record Term(String key) {
    }

    ScalaSyntaxException(String key, Position position, Object... args) {
        super(key, position, args);
    }

    public int line() {
        return position().line();
    }

    public int column() {
        return position().column();
    }

    /** The hint in English, or null when the error has none. */
    public String hint() {
        return hint(Locale.ENGLISH);
    }

    public String hint(Locale locale) {
        return lookUp(key() + ".hint", locale);
    }

    @Override
    public String message(Locale locale) {
        String text = lookUp(key(), locale);
        return text == null ? super.message(locale) : text;
    }

    @Override
    public String render(Locale locale) {
        String hint = hint(locale);
        String opened = key().startsWith("scala.syntax.unclosed.") && args().length == 4
                ? lookUp("scala.syntax.openedAt", locale) : null;
        String text = hint == null ? super.render(locale) : super.render(locale) + "\n" + hint;
        return opened == null ? text : text + "\n" + opened;
    }

    private String lookUp(String bundleKey, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
        if (!bundle.containsKey(bundleKey)) {
            return null;
        }
        Object[] args = args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Term term) {
                args[i] = bundle.containsKey(term.key()) ? bundle.getString(term.key()) : term.key();
            }
        }
        try {
            return new MessageFormat(bundle.getString(bundleKey), locale).format(args);
        } catch (MissingResourceException | IllegalArgumentException broken) {
            return bundle.getString(bundleKey);
        }
    }
}
