package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PySpark ships worker functions with the module globals they read, pickled when the driver builds their RDD (spec
 * §3.5): driver changes reach DStream functions from the next batch on, worker changes never reach the driver.
 */
class PicklingRuleTest {

    private static final String HEAD = """
            from pyspark import SparkContext
            from pyspark.streaming import StreamingContext

            sc = SparkContext("local[2]", "pickling")
            ssc = StreamingContext(sc, 1)
            lines = ssc.socketTextStream("localhost", 9999)
            """;

    private static final String TAIL = """
            ssc.start()
            ssc.awaitTermination()
            """;

    private static final String NUMBERS = """
            1
            2
            3
            ---
            1
            2
            3
            ---
            1
            2
            3
            """;

    @TempDir
    Path folder;

    private SparkProgram run(String body) {
        return SparkProgram.run("pickling.py", HEAD + body + TAIL, NUMBERS, null, folder).succeeded();
    }

    @Test
    void aGlobalChangedByForeachRddReachesWorkerFunctionsFromTheNextBatchOn() {
        SparkProgram run = run("""
                threshold = 0
                def raise_threshold(rdd):
                    global threshold
                    threshold += 1
                lines.foreachRDD(raise_threshold)
                lines.filter(lambda n: int(n) > threshold).foreachRDD(lambda rdd: print(rdd.collect()))
                """);
        assertThat(run.out).containsExactly("['1', '2', '3']", "['2', '3']", "['3']");
    }

    @Test
    void aGlobalAWorkerRebindsKeepsItsDriverValue() {
        SparkProgram run = run("""
                seen = 0
                def remember(n):
                    global seen
                    seen += 1
                    return n
                lines.map(remember).foreachRDD(lambda rdd: print(rdd.count(), seen))
                """);
        assertThat(run.out).containsExactly("3 0", "3 0", "3 0");
    }

    @Test
    void aGlobalListAWorkerAppendsToStaysEmptyOnTheDriver() {
        SparkProgram run = run("""
                collected = []
                lines.map(lambda n: collected.append(n)).foreachRDD(lambda rdd: print(rdd.count(), collected))
                """);
        assertThat(run.out).containsExactly("3 []", "3 []", "3 []");
    }

    @Test
    void anAccumulatorAWorkerAddsToReachesTheDriver() {
        SparkProgram run = run("""
                total = sc.accumulator(0)
                def add(n):
                    global total
                    total += int(n)
                def report(rdd):
                    rdd.foreach(add)
                    print("sum so far", total.value)
                lines.foreachRDD(report)
                """);
        assertThat(run.out).containsExactly("sum so far 6", "sum so far 12", "sum so far 18");
    }

    @Test
    void rddFunctionsBuiltInsideForeachRddSeeTheDriversGlobalsOfThatMoment() {
        SparkProgram run = run("""
                factor = 1
                def scale(rdd):
                    global factor
                    factor *= 10
                    print(rdd.map(lambda n: int(n) * factor).collect())
                lines.foreachRDD(scale)
                """);
        assertThat(run.out).containsExactly("[10, 20, 30]", "[100, 200, 300]", "[1000, 2000, 3000]");
    }
}
