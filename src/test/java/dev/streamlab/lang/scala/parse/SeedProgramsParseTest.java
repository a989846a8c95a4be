package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.ast.Program;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Scala snippet of the course seeds (programs and fragments, extracted from the Markdown lessons), every
 * Scala example program, and programs written in the style of Spark's own streaming examples parse. The one snippet left out starts with {@code .foreachRDD(}: it continues code the
 * lesson does not show, so no parser could read it.
 */
class SeedProgramsParseTest {

    static Stream<String> snippets() throws IOException, URISyntaxException {
        Path folder = Path.of(SeedProgramsParseTest.class.getResource("/scala/seeds").toURI());
        Path examples = Path.of(SeedProgramsParseTest.class.getResource("/scala/examples").toURI());
        Path programs = Path.of(SeedProgramsParseTest.class.getResource("/scala/programs").toURI());
        try (Stream<Path> seedFiles = Files.list(folder); Stream<Path> exampleFiles = Files.list(examples);
                Stream<Path> programFiles = Files.list(programs)) {
            return Stream.concat(Stream.concat(seedFiles, exampleFiles), programFiles)
                    .map(path -> path.getParent().getFileName() + "/" + path.getFileName()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void parses(String name) throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/scala/" + name)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Program program = ScalaParser.parse(source, name);
        assertThat(program.statements()).isNotEmpty();
    }

}
