package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocaleSwitchBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void switchingTheLanguageOnTheCatalogChangesThePageAndSticks() {
        try (Browser browser = Browser.open()) {
            browser.get("http://localhost:" + port + "/?lang=en");
            assertThat(browser.driver().findElement(By.cssSelector(".exercise-link")).getText())
                    .isEqualTo("Word count");

            browser.driver().findElement(By.cssSelector(".locales a[lang='ru']")).click();
            browser.await(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("ru"));
            assertThat(browser.driver().findElement(By.cssSelector(".exercise-link")).getText())
                    .isEqualTo("Подсчёт слов");
            assertThat(browser.driver().findElement(By.cssSelector(".locales a.current")).getText())
                    .isEqualTo("Русский");

            WebElement exercise = browser.driver().findElement(By.cssSelector(".exercise-link"));
            exercise.click();
            browser.await(d -> d.getCurrentUrl().endsWith("/exercises/word-count"));
            assertThat(browser.driver().findElement(By.cssSelector(".markdown h1")).getText())
                    .isEqualTo("Подсчёт слов");
            WebElement hint = browser.driver().findElement(By.id("next-hint"));
            assertThat(hint.getText()).isEqualTo("Показать подсказку");
            hint.click();
            assertThat(browser.driver().findElements(By.cssSelector("#hints > li")).get(0).isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("#hints > li")).get(1).isDisplayed()).isFalse();
            browser.await(d -> d.findElement(By.cssSelector(".cm-content")).getText().contains("socketTextStream"));
            assertThat(browser.driver().findElement(By.id("run")).getText()).isEqualTo("Запустить");
        }
    }
}
