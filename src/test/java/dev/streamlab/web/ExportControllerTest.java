package dev.streamlab.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ExportControllerTest {

    private static final String PROGRAM = """
            object WordCount {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setAppName("wc"), Seconds(1))
                ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExerciseStreams streams;

    @Test
    void exportOfAnExerciseIsAZipAttachmentWithItsVisibleStreamsAndAReadmeInTheBrowsersLanguage() throws Exception {
        byte[] zip = mvc.perform(post("/export").with(csrf()).header("Accept-Language", "zh-HK")
                        .param("dialect", "scala").param("code", PROGRAM).param("exercise", "word-count"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"word-count-spark.zip\""))
                .andReturn().getResponse().getContentAsByteArray();

        Map<String, String> entries = entries(zip);
        assertThat(entries.keySet()).contains("word-count/pom.xml", "word-count/src/main/scala/Main.scala",
                "word-count/replay_server.py", "word-count/README.md");
        assertThat(streams.visible("word-count")).isNotEmpty().allSatisfy(stream ->
                assertThat(entries).containsEntry("word-count/streams/" + stream.name(), stream.text()));
        assertThat(entries.get("word-count/README.md")).contains("啟動")
                .contains("spark-submit --class WordCount --master local[2] target/word-count.jar");
    }

    @Test
    void playgroundExportOfAPythonProgramCarriesItsArguments() throws Exception {
        byte[] zip = mvc.perform(post("/export").with(csrf()).param("dialect", "python")
                        .param("code", "import sys\nprint(sys.argv)\n").param("args", " localhost  9999 "))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"playground-spark.zip\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(entries(zip).get("playground/README.md"))
                .contains("spark-submit --master local[2] main.py localhost 9999");
    }

    @Test
    void exportWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/export").param("dialect", "scala").param("code", PROGRAM))
                .andExpect(status().isForbidden());
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
