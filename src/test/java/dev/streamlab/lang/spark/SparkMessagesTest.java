package dev.streamlab.lang.spark;

import dev.streamlab.engine.EngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The binding's messages exist in the five languages, and Spark's errors carry advice in the student's language. */
class SparkMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = SparkMessagesTest.class.getResourceAsStream("/i18n/spark" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_fr", "_ru", "_zh_CN", "_zh_TW"})
    void everyLanguageHasEveryMessage(String suffix) throws IOException {
        assertThat(bundle(suffix).keySet()).containsExactlyInAnyOrderElementsOf(bundle("").keySet());
    }

    @Test
    void sparksWindowErrorKeepsSparksTextAndAdvisesInFrench() {
        EngineException spark = new EngineException(EngineException.EXCEPTION, "The window duration of windowed "
                + "DStream (1500 ms) must be a multiple of the slide duration of parent DStream (1000 ms)", "english");
        String rendered = SparkApiException.of(spark).render(Locale.FRENCH);
        assertThat(rendered).startsWith("java.lang.Exception: The window duration of windowed DStream (1500 ms)");
        assertThat(rendered).contains("Une fenêtre est faite de batchs entiers");
    }

    @Test
    void errorsWithoutAdviceOfTheLabsOwnKeepTheEnginesHint() {
        EngineException spark = new EngineException(EngineException.SPARK, "something rare", "do this instead");
        assertThat(SparkApiException.of(spark).render(Locale.ENGLISH)).endsWith("do this instead");
    }
}
