package dev.streamlab.conformance

import java.io.OutputStream
import java.nio.file.Paths

/**
 * `Benchmark [STREAM_FILE] [BATCHES]`: Spark `local[2]`'s time per batch for the `wordcount` pipeline — batches of
 * the stream file's first batch (default `bench/words_10000.stream`, 10,000 lines) and empty batches — measured from
 * the clock's advance to the batch's completion, after a warm-up of as many batches. Prints `name value` lines.
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
    // One line per measurement, readable by people and by the app's side-by-side speed test.
    println(s"spark-version ${org.apache.spark.SPARK_VERSION}")
    println(s"batches $batches")
    println(s"empty-median-ms ${decimal(median(empty))}")
    println(s"empty-mean-ms ${decimal(mean(empty))}")
    println(s"loaded-lines ${lines.size}")
    println(s"loaded-words $words")
    println(s"loaded-median-ms ${decimal(median(loaded))}")
    println(s"loaded-mean-ms ${decimal(mean(loaded))}")
    println(s"words-per-second ${math.round(words / (median(loaded) / 1000))}")
  }

  private def median(xs: IndexedSeq[Double]): Double = {
    val sorted = xs.sorted
    if (sorted.size % 2 == 1) sorted(sorted.size / 2) else (sorted(sorted.size / 2 - 1) + sorted(sorted.size / 2)) / 2
  }

  private def decimal(x: Double): String = "%.3f".formatLocal(java.util.Locale.ROOT, x)

  private def mean(xs: IndexedSeq[Double]): Double = xs.sum / xs.size
}
