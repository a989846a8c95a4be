package dev.streamlab.lang.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Scala dialect's {@code sample} and {@code takeSample} print what Spark 4.1 printed for the same program
 * ({@code conformance/bin/spark CorpusRunner} on it): seeded samples without replacement, and with replacement up to
 * a fraction of 0.4, are Spark's, draw for draw; above it, and for takeSample with replacement, the lab cannot
 * reproduce Spark's draws, and a seeded program is told so.
 */
class RddSamplingTest {

    private static final String HEAD = "import org.apache.spark.SparkConf\n"
            + "import org.apache.spark.streaming.{Seconds, StreamingContext}\n"
            + "object Sampling {\n"
            + "  def main(args: Array[String]): Unit = {\n"
            + "    val ssc = new StreamingContext(new SparkConf().setMaster(\"local[2]\").setAppName(\"S\"), Seconds(1))\n"
            + "    val nums = ssc.sparkContext.parallelize(1 to 40, 3)\n";

    @TempDir
    Path folder;

    private SparkProgram run(String body) {
        return SparkProgram.run("Sampling.scala", HEAD + body + "  }\n}\n", null, 0, folder);
    }

    @Test
    void seededSamplesAndTakeSamplesAreSparksOwn() {
        assertThat(run("""
                    println(nums.sample(false, 0.3, 7).collect().mkString(","))
                    println(nums.sample(withReplacement = false, fraction = 0.75, seed = -3L).glom()
                      .map(_.mkString(" ")).collect().mkString(" | "))
                    println(nums.takeSample(false, 4, 11).mkString(","))
                    println(nums.takeSample(false, 100, 11).mkString(","))
                    println(nums.filter(_ < 0).takeSample(false, 3, 11).length)
                    println(nums.sample(true, 0.3, 7).glom().map(_.mkString(" ")).collect().mkString(" | "))
                    println(nums.sample(true, 0.1, -5).glom().map(_.mkString(" ")).collect().mkString(" | "))
                """).succeeded().stdout()).isEqualTo("""
                7,12,13,15,24,25,33,34,35,39,40
                1 3 5 6 8 9 10 12 13 | 14 16 17 19 20 21 24 25 26 | 27 29 31 32 34 37 38 39 40
                36,11,5,4
                35,16,5,1,14,20,4,29,2,30,37,26,36,28,38,23,25,18,21,6,10,9,27,33,40,32,31,12,11,15,24,7,3,17,13,34,\
                8,22,39,19
                0
                8 | 15 21 | 35 35 36 40
                 | 15 17 | 27
                """);
    }

    @Test
    void aSeededSampleWithReplacementAbove04IsRefusedByName() {
        SparkProgram seeded = run("    println(nums.sample(true, 0.5, 7).count())\n");
        assertThat(seeded.error())
                .contains("sample with replacement, a seed and a fraction above 0.4 is not available in the lab")
                .startsWith("Sampling.scala:7:18: ");
        SparkProgram taken = run("    println(nums.takeSample(withReplacement = true, num = 3, seed = 1L).length)\n");
        assertThat(taken.error()).contains("takeSample with replacement and a seed is not available in the lab");
    }

    @Test
    void withoutASeedAnySampleWithReplacementIsFine() {
        assertThat(run("""
                    println(nums.takeSample(true, 5).length)
                    println(nums.sample(true, 0.5).collect().forall(n => n >= 1 && n <= 40))
                """).succeeded().stdout()).isEqualTo("5\ntrue\n");
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThat(run("    println(nums.sample(withReplacement = false).count())\n").error())
                .contains("not enough arguments for method sample: unspecified value parameter fraction");
    }
}
