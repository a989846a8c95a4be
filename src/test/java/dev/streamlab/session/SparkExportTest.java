package dev.streamlab.session;

import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SparkExportTest {

    private static final String WORD_COUNT = """
            package lesson.one

            import org.apache.spark.SparkConf
            import org.apache.spark.streaming.{Seconds, StreamingContext}

            object NetworkWordCount {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setAppName("wc"), Seconds(2))
                ssc.socketTextStream("localhost", 7777).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;
    private static final String SCRIPT = """
            val ssc = new StreamingContext(new SparkConf().setAppName("wc"), Seconds(1))

            ssc.socketTextStream("localhost", 9999).print()
            ssc.start()
            ssc.awaitTermination()
            """;
    private static final List<SparkExport.Stream> STREAMS = List.of(
            new SparkExport.Stream("visible-1.stream", "Hello Scala\n---\nHello Spark\n"),
            new SparkExport.Stream("visible-2.stream", "a b\n"));

    private static SparkExport.Request request(Dialect dialect, String code, Locale locale) {
        return new SparkExport.Request(dialect, code, List.of("localhost", "7777"), "Word count", STREAMS, 2000,
                locale);
    }

    static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Test
    void scalaExportIsAMavenProjectOnSparkStreamingWithTheStreamsAndTheReplayServer() {
        Map<String, String> zip = entries(SparkExport.zip(request(Dialect.SCALA, WORD_COUNT, Locale.ENGLISH)));

        assertThat(zip.keySet()).containsExactlyInAnyOrder("word-count/pom.xml", "word-count/src/main/scala/Main.scala",
                "word-count/streams/visible-1.stream", "word-count/streams/visible-2.stream",
                "word-count/replay_server.py", "word-count/README.md");
        assertThat(zip.get("word-count/pom.xml")).contains("<artifactId>word-count</artifactId>")
                .contains("<artifactId>spark-streaming_2.13</artifactId>").contains("<spark.version>4.1.0</spark.version>")
                .contains("<scope>provided</scope>").doesNotContain("@");
        assertThat(zip.get("word-count/src/main/scala/Main.scala")).isEqualTo(WORD_COUNT);
        assertThat(zip.get("word-count/streams/visible-1.stream")).isEqualTo("Hello Scala\n---\nHello Spark\n");
        assertThat(zip.get("word-count/replay_server.py")).startsWith("#!/usr/bin/env python3");
        assertThat(SparkExport.fileName(request(Dialect.SCALA, WORD_COUNT, Locale.ENGLISH)))
                .isEqualTo("word-count-spark.zip");
    }

    @Test
    void pythonExportIsTheProgramUnchangedWithItsSubmitLine() {
        String program = "from pyspark import SparkContext\nprint('hi')\n";
        Map<String, String> zip = entries(SparkExport.zip(request(Dialect.PYTHON, program, Locale.ENGLISH)));

        assertThat(zip.keySet()).containsExactlyInAnyOrder("word-count/main.py", "word-count/streams/visible-1.stream",
                "word-count/streams/visible-2.stream", "word-count/replay_server.py", "word-count/README.md");
        assertThat(zip.get("word-count/main.py")).isEqualTo(program);
        assertThat(zip.get("word-count/README.md"))
                .contains("spark-submit --master local[2] main.py localhost 7777")
                .doesNotContain("mvn");
    }

    @Test
    void aPlaygroundExportWithoutStreamsGetsAnExampleStream() {
        Map<String, String> zip = entries(SparkExport.zip(new SparkExport.Request(Dialect.SCALA, SCRIPT, List.of(),
                "playground", List.of(), 1000, Locale.ENGLISH)));

        assertThat(zip).containsKey("playground/streams/example.stream");
        assertThat(zip.get("playground/README.md")).contains("streams/example.stream --port 9999 --interval 1.0");
    }

    @Test
    void mainClassIsThePackagedObjectWithAMain() {
        assertThat(SparkExport.mainClass(WORD_COUNT)).isEqualTo("lesson.one.NetworkWordCount");
        assertThat(SparkExport.mainClass("""
                object Helpers {
                  def tokenize(s: String) = s.split(" ")
                }
                object App2 {
                  def main(args: Array[String]): Unit = println(1)
                }
                """)).isEqualTo("App2");
    }

    @Test
    void mainClassOfAnAppObjectIsThatObject() {
        String program = "package shop\n\nobject Sales extends App {\n  println(1)\n}\n";

        assertThat(SparkExport.mainClass(program)).isEqualTo("shop.Sales");
        assertThat(SparkExport.scalaProgram(program)).startsWith("package shop\n\nimport org.apache.spark.SparkConf\n")
                .endsWith("object Sales extends App {\n  println(1)\n}\n");
    }

    @Test
    void aScriptIsWrappedIntoMainWithSparksImports() {
        String program = SparkExport.scalaProgram(SCRIPT);

        assertThat(program).isEqualTo("""
                import org.apache.spark.SparkConf
                import org.apache.spark.SparkContext
                import org.apache.spark.streaming._
                import org.apache.spark.streaming.dstream._

                object Main {
                  def main(args: Array[String]): Unit = {
                    val ssc = new StreamingContext(new SparkConf().setAppName("wc"), Seconds(1))

                    ssc.socketTextStream("localhost", 9999).print()
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """);
        assertThat(SparkExport.mainClass(program)).isEqualTo("Main");
    }

    @Test
    void importsAreAddedOnlyWhenTheProgramHasNone() {
        assertThat(SparkExport.scalaProgram(WORD_COUNT)).isEqualTo(WORD_COUNT);
        assertThat(SparkExport.scalaProgram("object A extends App {\n}\n"))
                .startsWith("import org.apache.spark.SparkConf\n").endsWith("\n\nobject A extends App {\n}\n");
    }

    @ParameterizedTest
    @CsvSource({"en, Start the stand-in", "fr, Lancez le remplaçant", "ru, Запустите замену",
            "zh-CN, 启动", "zh-TW, 啟動", "de, Start the stand-in"})
    void readmeIsInTheStudentsLanguageWithThePortStreamIntervalAndSubmitLine(String tag, String phrase) {
        String readme = entries(SparkExport.zip(request(Dialect.SCALA, WORD_COUNT, Locale.forLanguageTag(tag))))
                .get("word-count/README.md");

        assertThat(readme).startsWith("# Word count — ").contains(phrase)
                .contains("python3 replay_server.py streams/visible-1.stream --port 7777 --interval 2.0")
                .contains("nc -lk 7777")
                .contains("       mvn -q package\n")
                .contains("spark-submit --class lesson.one.NetworkWordCount --master local[2] target/word-count.jar"
                        + " localhost 7777")
                .doesNotContain("@");
    }

    @Test
    void everySeedProgramExportsWithAMainClassAndItsImports() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Stream.of("seeds/scala", "seeds/python", "examples")
                .map(SparkExportTest::resourceFolder).flatMap(SparkExportTest::list)) {
            programs = files.filter(p -> p.toString().endsWith(".scala") || p.toString().endsWith(".py")).toList();
        }
        assertThat(programs).hasSizeGreaterThan(20);
        for (Path path : programs) {
            String code = Files.readString(path);
            boolean scala = path.toString().endsWith(".scala");
            Map<String, String> zip = entries(SparkExport.zip(new SparkExport.Request(
                    scala ? Dialect.SCALA : Dialect.PYTHON, code, List.of(), path.getFileName().toString(), List.of(),
                    1000, Locale.FRENCH)));
            String readme = zip.entrySet().stream().filter(e -> e.getKey().endsWith("/README.md")).findFirst()
                    .orElseThrow().getValue();
            assertThat(readme).as(path.toString()).doesNotContain("@").contains("spark-submit");
            if (scala) {
                String main = zip.entrySet().stream().filter(e -> e.getKey().endsWith("/Main.scala")).findFirst()
                        .orElseThrow().getValue();
                String mainClass = SparkExport.mainClass(main);
                assertThat(main).as(path.toString()).contains("import org.apache.spark")
                        .containsPattern("object " + mainClass.substring(mainClass.lastIndexOf('.') + 1)
                                + "\\b");
                code.lines().filter(line -> !line.isBlank())
                        .forEach(line -> assertThat(main).as(path.toString()).contains(line.strip()));
                assertThat(readme).as(path.toString()).contains("--class " + mainClass + " --master");
            }
        }
    }

    private static Path resourceFolder(String name) {
        try {
            return Path.of(Objects.requireNonNull(SparkExportTest.class.getResource("/" + name)).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> list(Path folder) {
        try {
            return Files.list(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
