package dev.streamlab.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The lab page in a {@link Browser}, its parts found as a screen reader finds them: by their accessible names.
 */
final class LabBrowser implements AutoCloseable {

    private final Browser browser;
    final WebDriver driver;

    private LabBrowser(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    static LabBrowser open() {
        return new LabBrowser(Browser.open());
    }

    void get(String url) {
        driver.get(url);
    }

    WebElement button(String name) {
        return driver.findElements(By.tagName("button")).stream()
                .filter(b -> name.equals(b.getAccessibleName())).findFirst()
                .orElseThrow(() -> new AssertionError("no button named " + name));
    }

    WebElement named(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(e -> name.equals(e.getAccessibleName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + css + " named " + name));
    }

    WebElement region(String name) {
        return named("[role=region]", name);
    }

    String consoleText() {
        return region("Console").findElement(By.tagName("pre")).getText();
    }

    /** Replaces the editor's program, as a student pasting their code would. */
    void setProgram(String code) {
        ((JavascriptExecutor) driver).executeScript("""
                const view = document.getElementById('editor').labEditor.view;
                view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: arguments[0] } });
                """, code);
    }

    int batchRows() {
        return region("Batches").findElements(By.cssSelector("tbody tr")).size();
    }

    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(20)).until(condition);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** With {@code -Dlab.screenshots=DIR}, saves what the page looks like now as DIR/NAME.png, to be looked at. */
    void screenshot(String name) {
        String dir = System.getProperty("lab.screenshots");
        if (dir == null) {
            return;
        }
        File png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        try {
            java.nio.file.Files.copy(png.toPath(), java.nio.file.Path.of(dir, name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
    }
}
