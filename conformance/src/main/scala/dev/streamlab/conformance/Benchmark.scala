package dev.streamlab.conformance

import java.io.OutputStream
import java.nio.file.Paths

/**
 * `Benchmark [STREAM_FILE] [BATCHES]`: Spark `local[2]`'s time per batch for the `wordcount` pipeline — batches of
 * the stream file's first batch (default `bench/words_10000.stream`, 10,000 lines) and empty batches — measured from
 * the clock's advance to the batch's completion, after a warm-up. Prints a Markdown table.
 */
object Benchmark {

  private val BatchMs = 1000L

  def main(args: Array[String]): Unit = {
    val stdout = Stdout.install()
    val file = Paths.get(args.headOption.getOrElse("bench/words_10000.stream"))
    val batches = args.lift(1).map(_.toInt).getOrElse(30)
    val port = Pipeline.Ports.head
    val lines = StreamFile.read(file, port).records(0, port)
    val words = lines.map(_.split(" ").length).sum
    val pipeline = Pipelines.named("wordcount")
    val full = StreamFile(IndexedSeq.fill(batches)(Map(port -> lines)))
    val sc = SparkSession.start()
    val (loaded, empty) = try {
      val spark = new SparkRun(sc)
      def time(input: StreamFile): IndexedSeq[Double] = {
        stdout.redirect(OutputStream.nullOutputStream())
        try spark.run(pipeline, BatchMs, input, batches, stdout.stream, marked = false).millisPerBatch
        finally stdout.restore()
      }
      time(full)
      (time(full), time(StreamFile(IndexedSeq.empty)))
    } finally sc.stop()
    val loadedMs = median(loaded)
    println(s"Spark ${org.apache.spark.SPARK_VERSION} local[2], wordcount, $batches measured batches each, after a warm-up")
    println()
    println("| batch | median ms/batch | mean ms/batch | words/s |")
    println("|---|---|---|---|")
    println(f"| empty | ${median(empty)}%.1f | ${mean(empty)}%.1f | — |")
    println(f"| ${lines.size}%,d lines ($words%,d words) | $loadedMs%.1f | ${mean(loaded)}%.1f | ${words / (loadedMs / 1000)}%,.0f |")
  }

  private def median(xs: IndexedSeq[Double]): Double = {
    val sorted = xs.sorted
    if (sorted.size % 2 == 1) sorted(sorted.size / 2) else (sorted(sorted.size / 2 - 1) + sorted(sorted.size / 2)) / 2
  }

  private def mean(xs: IndexedSeq[Double]): Double = xs.sum / xs.size
}
