package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language of the Scala syntax messages has every key, valid patterns, and the same placeholders. */
class ScalaSyntaxMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScalaSyntaxMessagesTest.class.getResourceAsStream(
                "/i18n/scala_syntax" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Matcher matcher = PLACEHOLDER.matcher(unquoted);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_ru", "_zh_CN", "_zh_TW"})
    void bundleIsCompleteAndWellFormed(String suffix) throws IOException {
        Properties english = load("");
        Properties translated = load(suffix);
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String pattern = translated.getProperty(key);
            assertThatCode(() -> new MessageFormat(pattern).format(new Object[] {"x", "y"})).as(key)
                    .doesNotThrowAnyException();
            assertThat(placeholders(pattern)).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void englishDoesNotFallBackToTheServersDefaultLocale() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ScalaSyntaxException error = catchThrowableOfType(() -> ScalaParser.parse("f(1, 2", "A.scala"),
                    ScalaSyntaxException.class);
            assertThat(error.message(Locale.ENGLISH)).isEqualTo("')' expected but end of input found");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ru", "zh-CN", "zh-TW"})
    void errorsRenderInTheStudentsLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ScalaSyntaxException error = catchThrowableOfType(() -> ScalaParser.parse("f(1, 2", "A.scala"),
                ScalaSyntaxException.class);
        String rendered = error.render(locale);
        assertThat(rendered).startsWith("A.scala:1:7: ").contains("f(1, 2\n      ^\n");
        assertThat(error.message(locale)).isNotEqualTo(error.message(Locale.ENGLISH)).contains(")");
        assertThat(error.hint(locale)).isNotEqualTo(error.hint(Locale.ENGLISH));
    }
}
