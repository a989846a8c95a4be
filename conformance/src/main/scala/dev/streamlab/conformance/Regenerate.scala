package dev.streamlab.conformance

import java.io.ByteArrayOutputStream
import java.nio.file.{Files, Path, Paths}

/**
 * `Regenerate CONFORMANCE_DIR [OUT_DIR] [NAME_FILTER]`: runs every pipeline × stream of `runs.txt` on real Spark,
 * in one process and one SparkContext, and writes each run's marked output to `OUT_DIR/PIPELINE__STREAM.out`
 * (default `CONFORMANCE_DIR/expected`). The filter is a regular expression on the pipeline's name.
 */
object Regenerate {

  def main(args: Array[String]): Unit = {
    val stdout = Stdout.install()
    val base = Paths.get(args(0))
    val outDir = args.lift(1).map(Paths.get(_)).getOrElse(base.resolve("expected"))
    val filter = args.lift(2).map(_.r)
    val runs = RunList.read(base.resolve("runs.txt")).filter(r => filter.forall(_.matches(r.pipeline.name)))
    Files.createDirectories(outDir)
    val sc = SparkSession.start()
    try {
      val spark = new SparkRun(sc)
      var batches = 0
      for (run <- runs) {
        val input = StreamFile.read(base.resolve("streams").resolve(run.stream + ".stream"), Pipeline.Ports.head)
        val captured = new ByteArrayOutputStream()
        stdout.redirect(captured)
        val outcome = try spark.run(run.pipeline, run.batchMs, input, RunPlan.batches(run.pipeline, run.batchMs, input),
          stdout.stream, marked = true)
        finally stdout.restore()
        Files.write(outDir.resolve(run.goldenName), captured.toByteArray)
        batches += outcome.batchesRun
        System.err.println(f"${run.goldenName}%-60s ${outcome.batchesRun}%3d batches" +
          outcome.failure.fold("")(cause => s"  failed: $cause"))
      }
      System.err.println(s"${runs.size} runs, $batches batches written to $outDir")
    } finally sc.stop()
  }
}
