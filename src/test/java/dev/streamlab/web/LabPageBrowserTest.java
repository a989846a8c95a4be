package dev.streamlab.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab page in a real browser against a real server: a student's first minute (write the word count, Run, type
 * into the socket, see Spark's output) and the views that show what Spark does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LabPageBrowserTest {

    private static final Duration SLOW_START = Duration.ofSeconds(30);

    static LabBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = LabBrowser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPlayground() {
        browser.get("http://localhost:" + port + "/playground");
        browser.await(SLOW_START, d -> !d.findElements(By.cssSelector(".cm-content")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("localStorage.clear()");
    }

    @Test
    void everyControlAndRegionHasItsAccessibleName() {
        for (String name : List.of("Run", "Stop", "Pause", "Step", "Restart driver")) {
            assertThat(browser.button(name).isDisplayed()).as(name).isTrue();
        }
        assertThat(browser.named(".cm-content", "Program").isDisplayed()).isTrue();
        WebElement dialect = browser.named("select", "Dialect");
        assertThat(dialect.findElements(By.tagName("option")).stream().map(WebElement::getText))
                .containsExactly("Scala", "Python");
        assertThat(browser.region("Console").isDisplayed()).isTrue();
        for (String view : List.of("Batches", "Windows", "State", "Graph")) {
            browser.named("[role=tab]", view).click();
            assertThat(browser.region(view).isDisplayed()).as(view).isTrue();
        }
        assertThat(browser.named("input", "localhost:9999").isDisplayed()).isTrue();
    }

    @Test
    void scalaWordCountPrintsHelloTwiceWithinOneBatch() {
        run(wordCount("Scala"));
        long elapsed = typeTwoLinesInOneBatch();
        assertThat(elapsed).as("ms from the lines to (Hello,2) in console and batch table").isLessThan(1_300);
        assertThat(browser.consoleText()).contains("(Hello,2)", "(Scala,1)", "(Hadoop,1)");
    }

    @Test
    void pythonWordCountPrintsHelloTwiceWithinOneBatch() {
        browser.named("select", "Dialect").sendKeys("Python");
        run(wordCount("Python"));
        typeTwoLinesInOneBatch("('Hello', 2)");
        assertThat(browser.consoleText()).contains("('Hello', 2)", "('Scala', 1)");
    }

    @Test
    void windowHighlightSlidesWithTheSelectedBatch() {
        run("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
                lines.flatMap(_.split(" ")).map((_, 1)).reduceByKeyAndWindow(_ + _, Seconds(3), Seconds(1)).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        browser.named("input", "localhost:9999").sendKeys("a b a" + Keys.ENTER);
        browser.await(Duration.ofSeconds(10), d -> browser.batchRows() >= 4);
        browser.named("[role=tab]", "Windows").click();
        String before = coveredBatches(browser.region("Windows"));
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
        String after = coveredBatches(browser.region("Windows"));
        browser.screenshot("lab-windowed");
        assertThat(before).isNotEmpty();
        assertThat(after).isNotEqualTo(before);
        browser.named("[role=tab]", "Graph").click();
        assertThat(browser.region("Graph").getText()).as("streams named by the operations that made them")
                .contains("socketTextStream", "reduceByKeyAndWindow", "Main.scala:3", "print()");
        browser.screenshot("lab-graph");
    }

    @Test
    void stateCellsChangeAcrossBatches() {
        run("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.checkpoint("checkpoint")
                val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
                words.updateStateByKey((vs: Seq[Int], s: Option[Int]) => Some(vs.sum + s.getOrElse(0))).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        WebElement input = browser.named("input", "localhost:9999");
        input.sendKeys("spark" + Keys.ENTER);
        browser.await(Duration.ofSeconds(10), d -> browser.consoleText().contains("(spark,1)"));
        input.sendKeys("spark" + Keys.ENTER);
        browser.await(Duration.ofSeconds(10), d -> browser.consoleText().contains("(spark,2)"));
        browser.named("[role=tab]", "State").click();
        List<String> cells = browser.region("State").findElements(By.cssSelector("tbody tr")).get(0)
                .findElements(By.cssSelector("td.added, td.updated, td.same")).stream().map(WebElement::getText)
                .toList();
        browser.screenshot("lab-stateful");
        assertThat(cells).contains("+1").anyMatch(c -> c.endsWith("2"));
    }

    @Test
    void restartDriverKeepsTheStateWithGetOrCreateAndLosesItWithout() {
        String recoverable = """
                object Recoverable {
                  def create(): StreamingContext = {
                    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
                    ssc.checkpoint("cp")
                    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
                    val totals = words.updateStateByKey((vs: Seq[Int], s: Option[Int]) => Some(vs.sum + s.getOrElse(0)))
                    totals.checkpoint(Seconds(1))
                    totals.print()
                    ssc
                  }
                  def main(args: Array[String]): Unit = {
                    val ssc = %s
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """;
        assertThat(totalAfterRestart(recoverable.formatted("StreamingContext.getOrCreate(\"cp\", create _)")))
                .isEqualTo("(spark,3)");
        assertThat(totalAfterRestart(recoverable.formatted("create()"))).isEqualTo("(spark,1)");
    }

    /** Types "spark spark", restarts the driver, types "spark": what the state then says of spark. */
    private String totalAfterRestart(String program) {
        run(program);
        WebElement input = browser.named("input", "localhost:9999");
        input.sendKeys("spark spark" + Keys.ENTER);
        browser.await(Duration.ofSeconds(10), d -> browser.consoleText().contains("(spark,2)"));
        int before = browser.consoleText().split("\\(spark,").length;
        browser.await(Duration.ofSeconds(5), d -> browser.consoleText().split("\\(spark,2\\)").length > 2);
        browser.button("Restart driver").click();
        browser.await(Duration.ofSeconds(15), d -> "running".equals(status()));
        browser.named("input", "localhost:9999").sendKeys("spark" + Keys.ENTER);
        browser.await(Duration.ofSeconds(10), d -> browser.consoleText().split("\\(spark,").length > before
                && (browser.consoleText().contains("(spark,3)") || browser.consoleText().contains("(spark,1)")));
        return browser.consoleText().contains("(spark,3)") ? "(spark,3)" : "(spark,1)";
    }

    @Test
    void pauseFreezesBatchesAndStepRunsExactlyOne() {
        run(wordCount("Scala"));
        browser.await(Duration.ofSeconds(10), d -> browser.batchRows() >= 1);
        browser.button("Pause").click();
        browser.await(Duration.ofSeconds(5), d -> "paused".equals(status()));
        int paused = browser.batchRows();
        browser.named("input", "localhost:9999").sendKeys("step by step" + Keys.ENTER);
        browser.button("Step").click();
        browser.await(Duration.ofSeconds(5), d -> browser.batchRows() == paused + 1);
        assertThat(browser.consoleText()).contains("(step,2)", "(by,1)");
        assertThat(browser.batchRows()).isEqualTo(paused + 1);
    }

    @Test
    void aProgramPrintingMarkupShowsItAsText() {
        run("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                println("<script>alert(1)</script>")
                ssc.socketTextStream("localhost", 9999).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        browser.await(Duration.ofSeconds(10), d -> browser.consoleText().contains("<script>alert(1)</script>"));
        assertThat(browser.region("Console").findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void aParseErrorIsMarkedAtItsLineInTheEditorAndTheConsole() {
        run("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999
                lines.print()
                """);
        browser.await(Duration.ofSeconds(10), d -> !browser.all(".cm-lintRange-error").isEmpty());
        assertThat(status()).isEqualTo("failed");
        assertThat(browser.consoleText()).contains("Main.scala:");
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderIsCountedByTheNextBatch() {
        run("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.textFileStream("logs/").filter(_.startsWith("ERROR")).count().print()
                ssc.start()
                ssc.awaitTermination()
                """);
        WebElement box = browser.named("fieldset", "Drop a file into logs/");
        assertThat(browser.all("input[aria-label='localhost:9999']")).as("no socket box for a folder program")
                .isEmpty();
        WebElement name = browser.named("input", "File name");
        name.clear();
        name.sendKeys("app.log");
        browser.named("textarea", "Lines of the file").sendKeys("ERROR disk full\nINFO ok\nERROR timeout");
        browser.button("Drop file").click();
        browser.await(Duration.ofSeconds(20), d -> browser.consoleText().contains("\n2\n"));
        assertThat(browser.driver.findElement(By.id("transcript")).getText()).contains("app.log", "3 lines");
        assertThat(box.isDisplayed()).isTrue();
        browser.screenshot("lab-drop-file");
    }

    @Test
    void aStreamFileUploadedInThePlaygroundReplaysIntoTheSocket() throws java.io.IOException {
        run(wordCount("Scala"));
        java.nio.file.Path stream = java.nio.file.Files.createTempFile("upload", ".stream");
        java.nio.file.Files.writeString(stream, "up up and away\n---\nup\n");
        WebElement file = browser.driver.findElement(By.id("replay-file"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].hidden = false", file);
        file.sendKeys(stream.toAbsolutePath().toString());
        browser.await(Duration.ofSeconds(5), d -> browser.named("select", "Stream file to replay").getText()
                .contains(stream.getFileName().toString()));
        browser.button("Replay").click();
        browser.await(Duration.ofSeconds(20), d -> browser.consoleText().contains("(up,2)"));
        assertThat(browser.driver.findElement(By.id("transcript")).getText()).contains("up up and away");
    }

    private static String wordCount(String dialect) {
        return dialect.equals("Scala") ? """
                val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
                lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
                ssc.start()
                ssc.awaitTermination()
                """ : """
                from pyspark import SparkContext
                from pyspark.streaming import StreamingContext
                sc = SparkContext("local[2]", "wc")
                ssc = StreamingContext(sc, 1)
                lines = ssc.socketTextStream("localhost", 9999)
                lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
                ssc.start()
                ssc.awaitTermination()
                """;
    }

    private void run(String program) {
        browser.setProgram(program);
        browser.button("Run").click();
        browser.await(Duration.ofSeconds(15), d -> List.of("running", "failed").contains(status()));
    }

    private String status() {
        return browser.driver.findElement(By.id("status")).getAttribute("data-state");
    }

    private long typeTwoLinesInOneBatch() {
        return typeTwoLinesInOneBatch("(Hello,2)");
    }

    /** Types both lines right after a batch ended, so they fall into the same next batch; returns ms to result. */
    private long typeTwoLinesInOneBatch(String expected) {
        int rows = browser.batchRows();
        browser.await(Duration.ofSeconds(10), d -> browser.batchRows() > rows);
        WebElement input = browser.named("input", "localhost:9999");
        long start = System.nanoTime();
        input.sendKeys("Hello Scala" + Keys.ENTER);
        input.sendKeys("Hello Hadoop" + Keys.ENTER);
        browser.await(Duration.ofSeconds(5), d -> browser.consoleText().contains(expected)
                && browser.region("Batches").getText().contains(expected));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String coveredBatches(WebElement windows) {
        return String.join(",", windows.findElements(By.cssSelector(".cell.covered .n")).stream()
                .map(WebElement::getText).toList());
    }
}
