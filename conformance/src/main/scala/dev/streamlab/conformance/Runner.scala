package dev.streamlab.conformance

import java.nio.file.Paths

/**
 * `Runner PIPELINE BATCH_MS STREAM_FILE [BATCHES] [--marked]`: runs one pipeline on real Spark and writes to stdout
 * exactly what its output operations print. BATCHES defaults to the stream's batches plus the pipeline's trailing
 * time; `--marked` adds the batch and error markers of a golden file.
 */
object Runner {

  def main(args: Array[String]): Unit = {
    val stdout = Stdout.install()
    val (flags, positional) = args.partition(_.startsWith("--"))
    if (positional.length < 3 || positional.length > 4) {
      System.err.println("usage: Runner PIPELINE BATCH_MS STREAM_FILE [BATCHES] [--marked]")
      sys.exit(2)
    }
    val pipeline = Pipelines.named(positional(0))
    val batchMs = positional(1).toLong
    val input = StreamFile.read(Paths.get(positional(2)), Pipeline.Ports.head)
    val batches = positional.lift(3).map(_.toInt).getOrElse(RunPlan.batches(pipeline, batchMs, input))
    val sc = SparkSession.start()
    val outcome = try new SparkRun(sc).run(pipeline, batchMs, input, batches, stdout.stream, flags.contains("--marked"))
    finally sc.stop()
    outcome.failure.foreach { cause =>
      System.err.println(s"batch ${outcome.batchesRun} failed: $cause")
      sys.exit(1)
    }
  }
}
