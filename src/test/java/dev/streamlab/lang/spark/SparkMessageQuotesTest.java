package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The binding's messages and hints go through MessageFormat, where a lone {@code '} starts a quoted section and
 * vanishes ("PySparks stateful operation"): every apostrophe must be written {@code ''}.
 */
class SparkMessageQuotesTest {

    @ParameterizedTest
    @ValueSource(strings = {"spark", "spark_en", "spark_fr", "spark_ru", "spark_zh_CN", "spark_zh_TW"})
    void everyApostropheIsDoubled(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> lone = new ArrayList<>();
        messages.forEach((key, value) -> {
            if (value.toString().matches("(?s).*(?<!')'(?!').*")) {
                lone.add(key + "=" + value);
            }
        });
        assertThat(lone).isEmpty();
    }
}
