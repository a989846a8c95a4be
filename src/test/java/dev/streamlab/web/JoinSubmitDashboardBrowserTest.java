package dev.streamlab.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole people side in a real browser (Debian's Chromium, headless): a student joins, submits a wrong then a right
 * word-count to the real grader and sees the diff, then the pass; the instructor signs in, finds both attempts and
 * downloads the grades. Screenshots of each page land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"streamlab.instructor.username=teacher", "streamlab.instructor.password=browser-s3cret",
                "streamlab.courses=BROWSER"})
class JoinSubmitDashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1366,1600", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String program(String name) throws IOException {
        try (InputStream in = JoinSubmitDashboardBrowserTest.class
                .getResourceAsStream("/grading/submissions/word-count/scala/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Puts the program into the lab page's editor, as a student pasting it would, and presses Submit. */
    private void submit(String code) {
        new Select(browser.findElement(By.id("dialect"))).selectByValue("scala");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cm-content")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const view = document.getElementById('editor').labEditor.view;
                view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: arguments[0] } });
                """, code);
        browser.findElement(By.id("submit")).click();
    }

    @Test
    void aStudentSeesTheDiffThenThePassAndTheInstructorSeesBothAttempts() throws IOException {
        browser.get(url("/join"));
        screenshot("01-join");
        browser.findElement(By.id("course")).sendKeys("browser");
        browser.findElement(By.id("name")).sendKeys("Zoë Browser");
        browser.findElement(By.id("join")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resume-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Zoë Browser");
        screenshot("02-me");

        browser.get(url("/exercises/word-count"));
        submit(program("keeps-empty-words.scala"));
        WebElement failed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".score.failed")));
        assertThat(failed.getText()).startsWith("Score:");
        assertThat(browser.findElements(By.cssSelector(".diff .records.expected"))).isNotEmpty();
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Expected").contains("Got");
        screenshot("03-diff");

        submit(program("count-by-value.scala"));
        WebElement passed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".score.passed")));
        assertThat(passed.getText()).contains("Every test passes");
        screenshot("04-pass");

        browser.get(url("/instructor"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("teacher");
        browser.findElement(By.id("password")).sendKeys("browser-s3cret");
        browser.findElement(By.id("sign-in")).click();
        WebElement exercises = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exercises")));
        assertThat(exercises.getText()).contains("Word count");
        screenshot("05-dashboard");

        browser.findElement(By.linkText("Zoë Browser")).click();
        List<WebElement> attempts = wait.until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".attempt"), 2));
        assertThat(attempts.get(0).getText()).contains("failed").contains("split(\" \")");
        assertThat(attempts.get(1).getText()).contains("passed").contains("countByValue");
        screenshot("06-student");

        browser.get(url("/instructor"));
        browser.findElement(By.id("grades-csv")).click();
        Path csv = downloads.resolve("streamlab-grades.csv");
        wait.until(driver -> Files.exists(csv) && csv.toFile().length() > 0);
        assertThat(Files.readAllLines(csv)).anySatisfy(line -> assertThat(line)
                .startsWith("BROWSER,Zoë Browser,").contains(",word-count,2,1.0000,true,"));
    }
}
