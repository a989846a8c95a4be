package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A course with broken exercises: each says what is wrong on its page, the usable ones open as usual. */
@SpringBootTest(properties = "streamlab.exercises=src/test/resources/broken-course")
@AutoConfigureMockMvc
class BrokenExercisePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBrokenExerciseShowsItsProblems() throws Exception {
        String html = mvc.perform(get("/exercises/bad-yaml").param("lang", "fr"))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Impossible d’ouvrir cet exercice")
                .contains("src/test/resources/broken-course/bad-yaml/instructions.en.md:8")
                .contains("invalid YAML in the front matter");
    }

    @Test
    void theOtherExercisesStayUsableAndTheCatalogNamesTheBrokenOnes() throws Exception {
        mvc.perform(get("/exercises/missing-locale")).andExpect(status().isOk());
        String catalog = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(catalog).contains("Stale translation").contains("Exercises that cannot be opened")
                .contains("href=\"/exercises/bad-yaml\"").contains("href=\"/exercises/missing-title\"");
    }

    @Test
    void aMissingTranslationShowsTheEnglishTextWithANotice() throws Exception {
        String html = mvc.perform(get("/exercises/missing-locale").param("lang", "ru")).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("Count the words of each batch.").contains("перевод устарел");
    }
}
