package dev.streamlab.session;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.spark.ProgramRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The must-show of the export: a Scala program is exported, the exported Maven project is built with the
 * repository's wrapper, its jar runs on real Spark Streaming 4.1 (the conformance project's classpath) fed by the
 * exported {@code replay_server.py}, and what Spark printed is compared with the lab's run of the same program on
 * the same stream file.
 *
 * <p>Real Spark cuts batches on the wall clock, so a line may fall one batch later than in the lab. The comparison
 * is exact where boundaries cannot matter: every block Spark printed is a {@code print()} block in Spark's format,
 * its time a multiple of the batch interval and one interval after the previous block's, every record a
 * {@code (word,count)} pair; and the counts summed per word over the whole run are the lab's. For a window of
 * length W sliding every batch, each record is counted in W / interval windows on both sides, so the sums compare
 * just as well. The streams hold at most ten distinct words, so {@code print()} never cuts a block.
 *
 * <p>Minutes long, so only on request: {@code ./mvnw test -Dtest=ExportOnRealSparkTest -Dconformance.live=true}.
 */
@EnabledIfSystemProperty(named = "conformance.live", matches = "true")
class ExportOnRealSparkTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final long INTERVAL_MILLIS = 1000;
    private static final String WORDS = """
            Hello Scala
            Hello Hadoop
            ---
            Hello Spark
            ---
            ---
            Spark Streaming Spark
            Hello World
            Hello
            ---
            Scala Spark
            ---
            ---
            Hadoop Streaming World
            """;
    private static final String SCRIPT_WORD_COUNT = """
            val conf = new SparkConf().setAppName("word count")
            val ssc = new StreamingContext(conf, Seconds(1))
            ssc.sparkContext.setLogLevel("ERROR")
            val lines = ssc.socketTextStream("localhost", %d)
            val counts = lines.flatMap(_.split(" ")).map(word => (word, 1)).reduceByKey(_ + _)
            counts.print()
            ssc.start()
            ssc.awaitTermination()
            """;
    private static final String WINDOWED_WORD_COUNT = """
            package lab.windows

            object WindowedWordCount {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setAppName("windowed"), Seconds(1))
                ssc.sparkContext.setLogLevel("ERROR")
                val words = ssc.socketTextStream("localhost", %d).flatMap(_.split(" "))
                words.map((_, 1)).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(3), Seconds(1)).print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;
    private static final Pattern HEADER = Pattern.compile("Time: (\\d+) ms");
    private static final Pattern RECORD = Pattern.compile("\\((.+),(\\d+)\\)");
    private static final String RULE = "-------------------------------------------";
    private static final List<String> JAVA_OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect",
            "java.io", "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
            "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar");

    @TempDir
    static Path work;

    private static String sparkClasspath;

    @BeforeAll
    static void sparkClasspath() throws Exception {
        Path file = work.resolve("spark-classpath.txt");
        run(work.resolve("classpath.log"), 20, REPOSITORY.resolve("mvnw").toString(), "-B", "-ntp", "-q",
                "-f", REPOSITORY.resolve("conformance/pom.xml").toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + file);
        sparkClasspath = Files.readString(file).strip();
    }

    @Test
    void scriptWordCountCountsTheSameWordsOnSpark() throws Exception {
        compareWithLab("word count", SCRIPT_WORD_COUNT, WORDS, INTERVAL_MILLIS);
    }

    @Test
    void seedQuickExampleCountsTheSameWordsOnSpark() throws Exception {
        String seed = resource("/examples/seed003_quick_example.scala")
                .replace("Seconds(5)", "Seconds(1)").replace("\"spark\", 9999", "\"localhost\", %d");
        compareWithLab("quick example", seed, WORDS, INTERVAL_MILLIS);
    }

    @Test
    void windowedWordCountCountsEachWordInThreeWindowsOnSpark() throws Exception {
        compareWithLab("windowed word count", WINDOWED_WORD_COUNT, WORDS, 3 * INTERVAL_MILLIS);
    }

    private void compareWithLab(String title, String template, String stream, long windowMillis) throws Exception {
        int port = freePort();
        String program = template.formatted(port);
        Path project = unzip(SparkExport.zip(new SparkExport.Request(Dialect.SCALA, program, List.of(), title,
                List.of(new SparkExport.Stream("words.stream", stream)), INTERVAL_MILLIS, Locale.ENGLISH)));
        run(project.resolve("build.log"), 15, REPOSITORY.resolve("mvnw").toString(), "-B", "-ntp", "-q",
                "-f", project.resolve("pom.xml").toString(), "package");
        Path jar;
        try (var jars = Files.list(project.resolve("target"))) {
            jar = jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        List<String> spark = runOnSpark(project, jar, mainClass(project), port, windowMillis);
        List<String> lab = runInLab(program, stream);
        System.out.printf("%s on Spark:%n%s%n%s in the lab:%n%s%n", title, String.join("\n", spark), title,
                String.join("\n", lab));

        List<Long> times = blockTimes(spark);
        assertThat(times).as("Spark printed print() blocks").isNotEmpty();
        for (int i = 0; i < times.size(); i++) {
            assertThat(times.get(i) % INTERVAL_MILLIS).as("block time %d is a multiple of the interval", times.get(i))
                    .isZero();
            if (i > 0) {
                assertThat(times.get(i) - times.get(i - 1)).as("one block per batch").isEqualTo(INTERVAL_MILLIS);
            }
        }
        assertThat(wordTotals(spark)).as("the counts Spark printed, summed per word over the run")
                .isEqualTo(wordTotals(lab)).isNotEmpty();
    }

    /** The exported project's main class, read from the README's spark-submit line, as a student would. */
    private static String mainClass(Path project) throws IOException {
        Matcher submit = Pattern.compile("spark-submit --class (\\S+)").matcher(Files.readString(
                project.resolve("README.md")));
        assertThat(submit.find()).as("the README's spark-submit line").isTrue();
        return submit.group(1);
    }

    /**
     * Starts the replay server, then the program on Spark; once the server has played the last batch, waits until
     * Spark has printed the block a window after it, so every window that held a record has been printed. Returns
     * what Spark printed before that block, which the stop may cut.
     */
    private static List<String> runOnSpark(Path project, Path jar, String mainClass, int port, long windowMillis)
            throws Exception {
        Process replay = null;
        Process spark = null;
        try {
            CompletableFuture<Void> listening = new CompletableFuture<>();
            CompletableFuture<Long> done = new CompletableFuture<>();
            replay = new ProcessBuilder("python3", "replay_server.py", "streams/words.stream", "--port",
                    String.valueOf(port), "--interval", String.valueOf(INTERVAL_MILLIS / 1000.0))
                    .directory(project.toFile()).redirectError(project.resolve("replay.err").toFile()).start();
            readLines(replay.getInputStream(), line -> {
                if (line.startsWith("listening")) {
                    listening.complete(null);
                } else if (line.startsWith("done")) {
                    done.complete(System.currentTimeMillis());
                }
            });
            listening.get(30, TimeUnit.SECONDS);

            List<String> opens = JAVA_OPENS.stream().map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx1g"));
            command.addAll(opens);
            command.addAll(List.of("-Djdk.reflect.useDirectMethodHandle=false",
                    "-Dio.netty.tryReflectionSetAccessible=true", "-Dfile.encoding=UTF-8", "-Dspark.master=local[2]",
                    "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                    "-cp", jar + ":" + sparkClasspath, mainClass));
            List<String> out = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Integer> pastTheData = new CompletableFuture<>();
            spark = new ProcessBuilder(command).directory(project.toFile())
                    .redirectError(project.resolve("spark.err").toFile()).start();
            readLines(spark.getInputStream(), line -> {
                out.add(line);
                Matcher header = HEADER.matcher(line);
                Long end = done.getNow(null);
                if (header.matches() && end != null
                        && Long.parseLong(header.group(1)) >= end + windowMillis + INTERVAL_MILLIS) {
                    pastTheData.complete(out.size() - 2);
                }
            });
            done.get(4, TimeUnit.MINUTES);
            int firstCutBlock = pastTheData.get(1, TimeUnit.MINUTES);
            synchronized (out) {
                return List.copyOf(out.subList(0, firstCutBlock));
            }
        } finally {
            for (Process process : new Process[] {spark, replay}) {
                if (process != null) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static List<String> runInLab(String program, String stream) throws IOException {
        List<String> out = new ArrayList<>();
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                out.add(line);
            }

            @Override
            public void err(String line) {
            }
        };
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(program, "Main.scala", Dialect.SCALA,
                List.of(), StreamFile.parse(stream, "words.stream"), null, console, ZoneOffset.UTC,
                Files.createTempDirectory(work, "lab"), null, null));
        assertThat(outcome.error()).as("the lab's run").isNull();
        return out;
    }

    private static List<Long> blockTimes(List<String> console) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < console.size(); i++) {
            Matcher header = HEADER.matcher(console.get(i));
            if (header.matches()) {
                assertThat(console.get(i - 1)).isEqualTo(RULE);
                assertThat(console.get(i + 1)).isEqualTo(RULE);
                times.add(Long.parseLong(header.group(1)));
            }
        }
        return times;
    }

    /** Every {@code (word,count)} record of every block, summed per word; anything else in a block fails. */
    private static Map<String, Long> wordTotals(List<String> console) {
        Map<String, Long> totals = new TreeMap<>();
        for (String line : console) {
            if (line.equals(RULE) || line.isEmpty() || HEADER.matcher(line).matches()) {
                continue;
            }
            Matcher record = RECORD.matcher(line);
            assertThat(record.matches()).as("a (word,count) record: %s", line).isTrue();
            totals.merge(record.group(1), Long.parseLong(record.group(2)), Long::sum);
        }
        return totals;
    }

    private static void readLines(InputStream in, Consumer<String> each) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    each.accept(line);
                }
            } catch (IOException e) {
                // the process was stopped: its output ends here
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private static void run(Path log, int minutes, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(process.waitFor(minutes, TimeUnit.MINUTES)).as("%s finished", String.join(" ", command))
                    .isTrue();
            assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(log)).isZero();
        } finally {
            process.destroyForcibly();
        }
    }

    private static Path unzip(byte[] zip) throws IOException {
        Path root = Files.createTempDirectory(work, "export");
        Path project = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(root)).as("%s stays in the folder", entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
                project = root.resolve(Path.of(entry.getName()).getName(0));
            }
        }
        return Objects.requireNonNull(project);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExportOnRealSparkTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
