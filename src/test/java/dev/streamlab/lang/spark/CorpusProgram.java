package dev.streamlab.lang.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One program of the coverage corpus ({@code src/test/resources/corpus}) with its headers: {@code seen:} where its
 * pattern was seen, {@code input:} its stream ({@code words.stream} by default, under {@code corpus/streams}), and
 * {@code expect-refused:} the words the lab's refusal must contain, for a program refused on purpose, and
 * {@code not-compared:} why real Spark cannot print the same (a program whose output depends on the wall clock).
 */
record CorpusProgram(Path file, String source, String seen, String input, String refused, String notCompared) {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern HEADER = Pattern.compile("^(?://|#) ([a-z-]+): (.*)$");

    static List<CorpusProgram> all() throws IOException {
        List<CorpusProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".scala") || f.toString().endsWith(".py"))
                    .sorted().toList()) {
                programs.add(read(file));
            }
        }
        return programs;
    }

    private static CorpusProgram read(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String seen = null;
        String input = "words.stream";
        String refused = null;
        String notCompared = null;
        for (String line : source.lines().toList()) {
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                break;
            }
            switch (header.group(1)) {
                case "seen" -> seen = header.group(2);
                case "input" -> input = header.group(2).trim();
                case "expect-refused" -> refused = header.group(2).trim();
                case "not-compared" -> notCompared = header.group(2).trim();
                default -> throw new IllegalStateException(file + ": unknown header " + header.group(1));
            }
        }
        return new CorpusProgram(file, source, seen, input, refused, notCompared);
    }

    String name() {
        return file.getFileName().toString().replaceAll("\\.(scala|py)$", "");
    }

    boolean isScala() {
        return file.toString().endsWith(".scala");
    }

    Path stream() {
        return CORPUS.resolve("streams").resolve(input);
    }

    /** What Spark printed for the program, when it was checked against Spark. */
    Path expected() {
        return file.resolveSibling(name() + ".out");
    }

    /** The program run as {@code streamlab run} runs it, on its stream, in {@code folder}. */
    SparkProgram runInLab(Path folder) throws IOException {
        return SparkProgram.run(file.getFileName().toString(), source,
                Files.readString(stream(), StandardCharsets.UTF_8), null, folder);
    }
}
