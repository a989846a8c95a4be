package dev.streamlab.lang.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code textFileStream} in both dialects: it watches a folder of the run, fed by the stream file's files. */
class FileStreamProgramsTest {

    @TempDir
    Path folder;

    private static final String PYTHON = """
            from pyspark import SparkContext
            from pyspark.streaming import StreamingContext

            sc = SparkContext("local[2]", "files")
            ssc = StreamingContext(sc, 1)
            lines = ssc.textFileStream("hdfs://namenode:9000/user/logs")
            lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
            ssc.start()
            ssc.awaitTermination()
            """;

    private static final String SCALA = """
            object Logs {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("files"), Seconds(1))
                ssc.textFileStream("/etc").count().print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;

    @Test
    void pythonWordCountReadsTheFileOfItsBatch() {
        SparkProgram run = SparkProgram.run("logs.py", PYTHON, "---\n--- file a.log\nspark spark\nlab\n", null,
                folder).succeeded();

        assertThat(run.out).containsExactly("-------------------------------------------",
                "Time: 1970-01-01 00:00:01", "-------------------------------------------", "",
                "-------------------------------------------", "Time: 1970-01-01 00:00:02",
                "-------------------------------------------", "('lab', 1)", "('spark', 2)", "");
    }

    @Test
    void anAbsolutePathIsAFolderOfTheRunNotOfTheMachine() {
        SparkProgram run = SparkProgram.run("Logs.scala", SCALA, "--- file passwd\nroot\n", null, folder)
                .succeeded();

        assertThat(run.out).contains("1");
        assertThat(folder.resolve("etc").resolve("passwd")).exists();
        assertThat(Files.isDirectory(folder.resolve("etc"))).isTrue();
    }

    @Test
    void aFileLineForAProgramWithoutAFileStreamNamesTheLine() {
        SparkProgram run = SparkProgram.run("NoFiles.scala", """
                object NoFiles {
                  def main(args: Array[String]): Unit = {
                    val ssc = new StreamingContext(new SparkConf().setAppName("x"), Seconds(1))
                    ssc.socketTextStream("localhost", 9999).print()
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """, "a\n---\n--- file x.txt\ny\n", null, folder);

        assertThat(run.outcome.status()).isEqualTo(2);
        assertThat(run.error()).startsWith("input.stream:3: the program watches no folder");
    }
}
