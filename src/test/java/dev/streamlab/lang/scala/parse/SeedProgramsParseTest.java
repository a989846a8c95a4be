package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.ast.Program;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** The seeds' snippets as the lessons print them, the shared examples, and programs in Spark's examples' style. */
    private static final List<String> SNIPPETS = List.of(
            "seeds/scala/s000_workshop9.scala", "seeds/scala/s000_workshop7.scala",
            "seeds/scala/s003_quick_example.scala", "seeds/scala/s003_file_stream.scala",
            "seeds/scala/s003_rdd_queue.scala", "seeds/scala/s003_kafka.scala",
            "seeds/scala/s003_update_state_by_key.scala", "seeds/scala/s003_transformations_test.scala",
            "seeds/scala/s003_map_with_state.scala", "seeds/scala/s003_recovery_checkpoint.scala",
            "seeds/scala/s003_window_word_count.scala", "seeds/scala/s003_stream_to_stream_join.scala",
            "seeds/scala/s003_stream_rdd_join.scala", "seeds/scala/s003_print_quick_example.scala",
            "seeds/scala/s003_save_as_text_files.scala", "seeds/scala/s003_save_as_hadoop_files.scala",
            "seeds/scala/s003_foreach_rdd_mysql.scala", "seeds/scala/s003_checkpoint_first_run.scala",
            "seeds/scala/s003_checkpoint_restart.scala", "seeds/scala/s004_network_word_count.scala",
            "seeds/scala/s004_context_lines.scala",
            "examples/seed000_workshop9.scala", "examples/seed003_quick_example.scala",
            "examples/seed003_update_state_by_key.scala",
            "scala/programs/RecoveringCounter.scala", "scala/programs/SessionWords.scala");

    static Stream<String> snippets() {
        return SNIPPETS.stream();
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void parses(String name) throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Program program = ScalaParser.parse(source, name);
        assertThat(program.statements()).isNotEmpty();
    }

}
