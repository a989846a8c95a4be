package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes students give their PySpark programs, each run end to end: what stdout shows (pprint, driver prints),
 * what goes to stderr (worker prints), and the errors the lab gives for what PySpark or the lab cannot do.
 */
class PythonStudentVariantsTest {

    private static final String HEAD = """
            from pyspark import SparkContext
            from pyspark.streaming import StreamingContext

            sc = SparkContext("local[2]", "variant")
            ssc = StreamingContext(sc, 1)
            lines = ssc.socketTextStream("localhost", 9999)
            """;

    private static final String TAIL = """
            ssc.start()
            ssc.awaitTermination()
            """;

    /** Batch 2 is an empty socket batch (an RDD with no partitions). */
    private static final String WORDS = """
            a b a
            c
            ---
            ---
            b b
            """;

    @TempDir
    Path folder;

    private SparkProgram run(String body, String stream, String... args) {
        return SparkProgram.run("variant.py", HEAD + body + TAIL, stream, null, folder, args);
    }

    private static String batch(int second, String... records) {
        StringBuilder text = new StringBuilder("-------------------------------------------\n")
                .append("Time: 1970-01-01 00:00:0").append(second).append('\n')
                .append("-------------------------------------------\n");
        for (String record : records) {
            text.append(record).append('\n');
        }
        return text.append('\n').toString();
    }

    @Test
    void sysArgvHoldsTheProgramNameThenItsArguments() {
        String seed = SparkProgram.resource("/seeds/python/004_network_wordcount.py");
        SparkProgram run = SparkProgram.run("network_wordcount.py", seed, WORDS, null, folder);
        assertThat(run.outcome.status()).isEqualTo(-1);
        assertThat(run.err).containsExactly("Usage: network_wordcount.py <hostname> <port>");
        assertThat(run.out).isEmpty();
    }

    @Test
    void mainGuardRunsAMainFunctionThatReadsJsonEvents() {
        String program = """
                import sys
                import json

                from pyspark import SparkContext
                from pyspark.streaming import StreamingContext


                def parse(line):
                    event = json.loads(line)
                    return (event["user"], event["amount"])


                def main(host, port):
                    sc = SparkContext(appName="Spending")
                    ssc = StreamingContext(sc, 2)
                    events = ssc.socketTextStream(host, port).map(parse)
                    events.reduceByKey(lambda a, b: a + b).pprint()
                    ssc.start()
                    ssc.awaitTermination()


                if __name__ == "__main__":
                    host = sys.argv[1] if len(sys.argv) > 1 else "localhost"
                    port = int(sys.argv[2]) if len(sys.argv) > 2 else 9999
                    main(host, port)
                """;
        String events = """
                {"user": "ann", "amount": 2.5}
                {"user": "bob", "amount": 1}
                {"user": "ann", "amount": 0.25}
                ---
                {"user": "bob", "amount": 3}
                """;
        SparkProgram run = SparkProgram.run("spending.py", program, events, null, folder, "localhost", "9999")
                .succeeded();
        assertThat(run.stdout()).isEqualTo(batch(2, "('ann', 2.75)", "('bob', 1)") + batch(4, "('bob', 3)"));
    }

    @Test
    void updateFunctionDefaultsNeverApplyBecausePysparkPassesNoneForANewKey() {
        SparkProgram run = run("""
                ssc.checkpoint("checkpoint")
                def update(new_values, total=0):
                    return sum(new_values) + total
                lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).updateStateByKey(update).pprint()
                """, WORDS);
        assertThat(run.error()).startsWith(
                "variant.py:9:28: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'");
    }

    @Test
    void updateFunctionWithANoneDefaultCountsEveryKeySoFar() {
        SparkProgram run = run("""
                ssc.checkpoint("checkpoint")
                def update(new_values, total=None):
                    if total is None:
                        total = 0
                    return sum(new_values, total)
                lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).updateStateByKey(update).pprint()
                """, WORDS).succeeded();
        assertThat(run.stdout()).isEqualTo(batch(1, "('b', 1)", "('c', 1)", "('a', 2)")
                + batch(2, "('b', 1)", "('c', 1)", "('a', 2)")
                + batch(3, "('b', 3)", "('c', 1)", "('a', 2)"));
    }

    @Test
    void lambdaOnAPairReadsTheCountAtIndexOne() {
        SparkProgram run = run("""
                counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
                counts.map(lambda kv: kv[1]).pprint()
                """, WORDS).succeeded();
        assertThat(run.stdout()).isEqualTo(batch(1, "1", "1", "2") + batch(2) + batch(3, "2"));
    }

    @Test
    void transformSortsEachBatchByDescendingCount() {
        SparkProgram run = run("""
                counts = lines.flatMap(lambda l: l.split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
                counts.transform(lambda rdd: rdd.sortBy(lambda x: -x[1])).pprint()
                """, "a b a c c c\n").succeeded();
        assertThat(run.stdout()).isEqualTo(batch(1, "('c', 3)", "('a', 2)", "('b', 1)"));
    }

    @Test
    void foreachRddWithTwoParametersGetsTheTimeFirst() {
        SparkProgram run = run("""
                lines.foreachRDD(lambda t, rdd: print(t, rdd.count()))
                """, WORDS).succeeded();
        assertThat(run.out).containsExactly("1970-01-01 00:00:01 2", "1970-01-01 00:00:02 0",
                "1970-01-01 00:00:03 1");
    }

    @Test
    void pprintWithANumberShowsThatManyThenDots() {
        SparkProgram run = run("""
                lines.flatMap(lambda l: l.split()).pprint(5)
                """, "a b c d e f g\n---\na b c d e\n").succeeded();
        assertThat(run.stdout()).isEqualTo(batch(1, "a", "b", "c", "d", "e", "...")
                + batch(2, "a", "b", "c", "d", "e"));
    }

    @Test
    void groupByKeyPrintsResultIterablesUntilMappedToLists() {
        SparkProgram run = run("""
                pairs = lines.flatMap(lambda l: l.split()).map(lambda w: (w, len(w)))
                pairs.groupByKey().pprint()
                pairs.groupByKey().mapValues(list).pprint()
                """, "a b a\n").succeeded();
        assertThat(run.out.subList(3, 5)).allMatch(line -> line.matches(
                "\\('[ab]', <pyspark\\.resultiterable\\.ResultIterable object at 0x[0-9a-f]+>\\)"));
        assertThat(run.out.subList(6, run.out.size()))
                .containsExactly("-------------------------------------------", "Time: 1970-01-01 00:00:01",
                        "-------------------------------------------", "('b', [1])", "('a', [1, 1])", "");
    }

    @Test
    void printInForeachRddGoesToStdoutAndPrintInMapToStderr() {
        SparkProgram run = run("""
                def show(rdd):
                    print("driver sees", rdd.count())
                lines.map(lambda l: print("worker", l)).foreachRDD(show)
                """, WORDS).succeeded();
        assertThat(run.out).containsExactly("driver sees 2", "driver sees 0", "driver sees 1");
        assertThat(run.err).containsExactly("worker a b a", "worker c", "worker b b");
    }

    @Test
    void countOfAnEmptySocketBatchPrintsNothingButTheHeader() {
        SparkProgram run = run("""
                lines.count().pprint()
                """, WORDS).succeeded();
        assertThat(run.stdout()).isEqualTo(batch(1, "2") + batch(2) + batch(3, "1"));
    }

    @Test
    void transformFunctionWithThreeParametersFailsWhereTransformIsCalled() {
        SparkProgram run = run("""
                lines.transform(lambda a, b, c: a).pprint()
                """, WORDS);
        assertThat(run.error()).startsWith("variant.py:7:7: AssertionError: func should take one or two arguments");
        assertThat(run.out).isEmpty();
    }

    @Test
    void mapWithStateIsRefusedWithUpdateStateByKeyAsTheWayOut() {
        SparkProgram run = run("""
                lines.map(lambda w: (w, 1)).mapWithState(lambda k, v, s: v).pprint()
                """, WORDS);
        assertThat(run.error()).startsWith("variant.py:7:29: PySpark has no mapWithState")
                .endsWith("Use updateStateByKey(updateFunc): it is PySpark's stateful operation.");
    }

    @Test
    void importOsIsRefusedAtItsLine() {
        SparkProgram run = run("""
                import os
                lines.pprint()
                """, WORDS);
        assertThat(run.error()).startsWith("variant.py:7:8: the lab cannot provide os");
        assertThat(run.out).isEmpty();
    }
}
