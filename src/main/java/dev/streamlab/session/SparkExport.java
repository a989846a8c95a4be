package dev.streamlab.session;

import dev.streamlab.lang.Dialect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The way out of the lab: a zip that runs the student's program on a real Spark install — a Maven project on
 * spark-streaming_2.13 4.1.0 for Scala, the {@code .py} for Python, each with its spark-submit line — with the stream
 * files, a replay server standing in for {@code nc -lk}, and a README in the student's language.
 */
public final class SparkExport {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern MAIN_OBJECT = Pattern.compile(
            "object\\s+(\\w+)(?:\\s+extends\\s+App\\b|[^{]*\\{(?:(?!\\bobject\\b)[\\s\\S])*?def\\s+main\\s*\\()");
    private static final Pattern SOCKET_PORT = Pattern.compile("socketTextStream\\s*\\([^,]+,\\s*(\\d+)");
    private static final List<String> SPARK_IMPORTS = List.of("import org.apache.spark.SparkConf",
            "import org.apache.spark.SparkContext", "import org.apache.spark.streaming._",
            "import org.apache.spark.streaming.dstream._");
    private static final List<String> LOCALES = List.of("en", "fr", "ru", "zh-CN", "zh-TW");

    /** A stream file to put beside the program. */
    public record Stream(String name, String text) {
    }

    /** What to export: the program, its arguments, the streams, the title and language of its README. */
    public record Request(Dialect dialect, String code, List<String> args, String title, List<Stream> streams,
                          long batchMillis, Locale locale) {
        public Request {
            args = List.copyOf(args);
            streams = List.copyOf(streams);
        }
    }

    private SparkExport() {
    }

    /** The file name the download should carry. */
    public static String fileName(Request request) {
        return artifact(request.title()) + "-spark.zip";
    }

    public static byte[] zip(Request request) {
        String artifact = artifact(request.title());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            String build;
            String submit;
            if (request.dialect() == Dialect.SCALA) {
                String program = scalaProgram(request.code());
                put(zip, artifact + "/pom.xml", resource("pom.xml.template").replace("@ARTIFACT@", artifact));
                put(zip, artifact + "/src/main/scala/Main.scala", program);
                build = "       mvn -q package\n";
                submit = "spark-submit --class " + mainClass(program) + " --master local[2] target/" + artifact
                        + ".jar" + arguments(request.args());
            } else {
                put(zip, artifact + "/main.py", request.code());
                build = "";
                submit = "spark-submit --master local[2] main.py" + arguments(request.args());
            }
            List<Stream> streams = request.streams().isEmpty()
                    ? List.of(new Stream("example.stream", "Hello Scala\nHello Hadoop\n---\nHello Spark\n"))
                    : request.streams();
            for (Stream stream : streams) {
                put(zip, artifact + "/streams/" + stream.name(), stream.text());
            }
            put(zip, artifact + "/replay_server.py", resource("replay_server.py"));
            put(zip, artifact + "/README.md", readme(request, streams.get(0).name(), build, submit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The program as scalac needs it: lessons print programs without their imports and fragments without an
     * object, which the lab accepts; a file for Spark gets Spark's imports and, for a script, an object with main.
     */
    static String scalaProgram(String code) {
        String program = code;
        if (!MAIN_OBJECT.matcher(code).find()) {
            program = "object Main {\n  def main(args: Array[String]): Unit = {\n"
                    + code.lines().map(l -> l.isBlank() ? "" : "    " + l).reduce((a, b) -> a + "\n" + b).orElse("")
                    + "\n  }\n}\n";
        }
        if (!code.contains("import org.apache.spark")) {
            Matcher pkg = PACKAGE.matcher(program);
            String imports = String.join("\n", SPARK_IMPORTS) + "\n\n";
            program = pkg.find() ? program.substring(0, pkg.end()) + "\n\n" + imports
                    + program.substring(pkg.end()).stripLeading() : imports + program;
        }
        return program;
    }

    static String mainClass(String program) {
        Matcher main = MAIN_OBJECT.matcher(program);
        String name = main.find() ? main.group(1) : "Main";
        Matcher pkg = PACKAGE.matcher(program);
        return pkg.find() ? pkg.group(1) + "." + name : name;
    }

    private static String readme(Request request, String stream, String build, String submit) {
        String tag = request.locale().toLanguageTag();
        String locale = LOCALES.contains(tag) ? tag : LOCALES.contains(request.locale().getLanguage())
                ? request.locale().getLanguage() : "en";
        Matcher port = SOCKET_PORT.matcher(request.code());
        return resource("README." + locale + ".md").replace("@TITLE@", request.title())
                .replace("@PORT@", port.find() ? port.group(1) : "9999").replace("@STREAM@", stream)
                .replace("@INTERVAL@", String.valueOf(request.batchMillis() / 1000.0)).replace("@BUILD@\n", build)
                .replace("@SUBMIT@", submit);
    }

    private static String arguments(List<String> args) {
        return args.isEmpty() ? "" : " " + String.join(" ", args);
    }

    private static String artifact(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "streamlab-program" : slug;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String resource(String name) {
        try (InputStream in = SparkExport.class.getResourceAsStream("/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing export resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
