package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in every language, with the same arguments. */
class WebMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(WebMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"web.properties", "web_fr.properties", "web_ru.properties", "web_zh_CN.properties",
            "web_zh_TW.properties"})
    void everyLanguageHasEveryKeyOfTheEnglishBundle(String bundle) throws IOException {
        Properties english = load("web_en.properties");
        Properties translated = load(bundle);

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key).contains("{0")).as(key)
                    .isEqualTo(english.getProperty(key).contains("{0"));
        }
    }
}
