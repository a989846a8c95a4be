package dev.streamlab.conformance

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}

import scala.jdk.CollectionConverters._

/** One pipeline over one stream file: a golden file `PIPELINE__STREAM.out`. */
final case class PlannedRun(pipeline: Pipeline, batchMs: Long, stream: String) {

  def goldenName: String = s"${pipeline.name}__$stream.out"
}

/**
 * `runs.txt`: one line per pipeline, `NAME[@BATCH_MS] STREAM…` (batch interval 1000 ms unless given), `#` comments.
 * The app's conformance test reads the same file.
 */
object RunList {

  def read(path: Path): IndexedSeq[PlannedRun] =
    Files.readAllLines(path, StandardCharsets.UTF_8).asScala.toIndexedSeq
      .map(_.trim).filter(line => line.nonEmpty && !line.startsWith("#"))
      .flatMap { line =>
        val fields = line.split("\\s+").toIndexedSeq
        val (name, batchMs) = fields.head.split("@") match {
          case Array(n, ms) => (n, ms.toLong)
          case Array(n) => (n, 1000L)
        }
        val pipeline = Pipelines.named(name)
        fields.tail.map(stream => PlannedRun(pipeline, batchMs, stream))
      }
}
