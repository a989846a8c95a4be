package dev.streamlab.lang.spark;

import dev.streamlab.engine.EngineException;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.runtime.LangException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A mistake in using the Spark API, or an error Spark itself raises ({@code requirement failed: …}): the shared
 * {@link LangException}, with messages and plain-words hints from the binding's bundle {@code i18n/spark}. Spark's
 * own messages stay in English, as Spark prints them; the hint is translated.
 */
public final class SparkApiException extends LangException {

    private static final String BUNDLE = "i18n/spark";

    public SparkApiException(String key, Position position, Object... args) {
        super(key, position, args);
    }

    /**
     * Spark's error as Spark prints it ({@code java.lang.Exception: The window duration …}), with the lab's advice
     * in the student's language (or the engine's English hint where the lab has none of its own).
     */
    public static SparkApiException of(EngineException e) {
        String hintKey = SparkHints.keyFor(e.getMessage());
        return new SparkApiException("spark.failure", null, e.sparkMessage(), e.hint() == null ? "" : e.hint(),
                hintKey == null ? "" : hintKey);
    }

    @Override
    public String message(Locale locale) {
        String text = lookUp(key(), locale);
        return text == null ? super.message(locale) : text;
    }

    @Override
    public String render(Locale locale) {
        Object[] args = args();
        String hint = args.length > 2 && args[2] instanceof String hintKey && !hintKey.isEmpty()
                ? lookUp(hintKey, locale) : lookUp(key() + ".hint", locale);
        return hint == null || hint.isBlank() ? super.render(locale) : super.render(locale) + "\n" + hint;
    }

    private String lookUp(String bundleKey, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (!bundle.containsKey(bundleKey)) {
            return null;
        }
        try {
            return new MessageFormat(bundle.getString(bundleKey), locale).format(args());
        } catch (MissingResourceException | IllegalArgumentException broken) {
            return bundle.getString(bundleKey);
        }
    }
}
