package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.CourseLocale;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.TestStream;
import dev.streamlab.lang.Dialect;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

@SpringBootTest
@AutoConfigureMockMvc
class CoursePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Course course;

    private String page(String url, String acceptLanguage) throws Exception {
        var request = get(url);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCatalogListsChaptersAndExercisesInTheBrowsersLanguage() throws Exception {
        String russian = page("/", "ru-RU,ru;q=0.9,en;q=0.5");

        assertThat(russian).contains("<html lang=\"ru\">").contains("Основы").contains("Подсчёт слов")
                .contains("href=\"/exercises/word-count\"").contains("href=\"/playground\"").contains("Лёгкое");
        assertThat(page("/", "zh-HK")).contains("單字計數").contains("基礎");
        assertThat(page("/", "de-DE,de;q=0.9")).contains("Word count").contains("Basics");
        assertThat(page("/", null)).contains("<html lang=\"en\">");
    }

    @Test
    void langSwitchesTheLanguageAndACookieKeepsIt() throws Exception {
        MvcResult switched = mvc.perform(get("/").param("lang", "fr").header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andExpect(cookie().value(CourseLocaleResolver.COOKIE, "fr")).andReturn();
        assertThat(switched.getResponse().getContentAsString()).contains("Comptage de mots").contains("Les bases");

        String next = mvc.perform(get("/exercises/word-count").cookie(new Cookie(CourseLocaleResolver.COOKIE, "fr"))
                .header("Accept-Language", "ru")).andReturn().getResponse().getContentAsString();
        assertThat(next).contains("<html lang=\"fr\">").contains("Ce qu'on vous demande")
                .contains("Programme de départ");
    }

    @Test
    void everyPageOffersEveryLanguageAndKeepsItsOwnParameters() throws Exception {
        String html = page("/exercises/word-count?dialect=python", null);

        for (CourseLocale locale : CourseLocale.values()) {
            assertThat(html).contains("/exercises/word-count?dialect=python&amp;lang=" + locale.tag())
                    .contains(locale.nativeName());
        }
    }

    @Test
    void theExercisePageShowsInstructionsStarterHintsAndVisibleStreams() throws Exception {
        String scala = page("/exercises/word-count", "en");
        assertThat(scala).contains("<h2>The pitfall</h2>").contains("<table>")
                .contains("val counts: DStream[(String, Int)] = ...").contains("class=\"language-scala\"")
                .contains("spaces-and-empty-batches").contains("to be or not to be")
                .contains("Turn each line into its words").contains("Show a hint");

        String python = page("/exercises/word-count?dialect=python", "zh-CN");
        assertThat(python).contains("单词计数").contains("counts = ...").contains("class=\"language-python\"")
                .doesNotContain("val counts");
    }

    /**
     * No line of a reference solution (beyond the starter's) and no line of a hidden stream (beyond the visible ones)
     * appears on any exercise page, in any language or dialect, unless the instructor wrote it into the instructions
     * or hints themselves.
     */
    @Test
    void referenceSolutionsAndHiddenStreamsNeverReachTheBrowser() throws Exception {
        for (Exercise exercise : course.exercises()) {
            for (CourseLocale locale : CourseLocale.values()) {
                String authored = HtmlUtils.htmlUnescape(exercise.instructionsHtml(locale.locale())
                        + String.join("", exercise.hints(locale.locale())));
                for (Dialect dialect : exercise.dialects()) {
                    String html = HtmlUtils.htmlUnescape(page("/exercises/" + exercise.id() + "?dialect="
                            + dialect.name().toLowerCase(Locale.ROOT) + "&lang=" + locale.tag(), null));
                    for (Dialect d : exercise.dialects()) {
                        Set<String> starter = lines(exercise.starter(d));
                        for (String line : lines(exercise.solution(d))) {
                            if (!starter.contains(line) && line.length() >= 12 && !authored.contains(line)) {
                                assertThat(html).as(exercise.id() + " " + locale + " " + dialect).doesNotContain(line);
                            }
                        }
                    }
                    Set<String> visible = exercise.visibleTests().stream().flatMap(t -> lines(t.text()).stream())
                            .collect(Collectors.toSet());
                    for (TestStream hidden : exercise.hiddenTests()) {
                        for (String line : lines(hidden.text())) {
                            if (!visible.contains(line) && line.length() >= 12 && !line.startsWith("---")
                                    && !authored.contains(line)) {
                                assertThat(html).as(exercise.id() + " " + hidden.name()).doesNotContain(line);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void anUnknownExerciseIsA404PageInTheReadersLanguage() throws Exception {
        String html = mvc.perform(get("/exercises/no-such-thing").param("lang", "ru"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Упражнение не найдено").contains("«no-such-thing»").contains("href=\"/\"");
    }

    private static Set<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
    }
}
