package dev.streamlab.conformance

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import scala.jdk.CollectionConverters._

/**
 * A `.stream` file (shared/spec/stream-format.md): per batch, the records each socket source receives, keyed by
 * the source's port.
 */
final case class StreamFile(batches: IndexedSeq[Map[Int, IndexedSeq[String]]]) {

  def records(batch: Int, port: Int): IndexedSeq[String] =
    if (batch < batches.size) batches(batch).getOrElse(port, IndexedSeq.empty) else IndexedSeq.empty

  def ports: Set[Int] = batches.flatMap(_.keySet).toSet
}

object StreamFile {

  private val SourceLine = """--- source (?:(.+):)?(\d+)""".r

  def read(path: Path, defaultPort: Int): StreamFile =
    parse(Files.readAllLines(path, StandardCharsets.UTF_8).asScala.toIndexedSeq, defaultPort)

  def parse(lines: IndexedSeq[String], defaultPort: Int): StreamFile = {
    val batches = IndexedSeq.newBuilder[Map[Int, IndexedSeq[String]]]
    var current = Map.empty[Int, IndexedSeq[String]]
    var port = defaultPort
    var open = false
    for (raw <- lines) {
      raw.stripSuffix("\r") match {
        case SourceLine(_, p) =>
          port = p.toInt
          open = true
        case separator if separator == "---" || separator.startsWith("--- ") =>
          batches += current
          current = Map.empty
          port = defaultPort
          open = false
        case record =>
          val text = if (record.startsWith("\\")) record.substring(1) else record
          current = current.updated(port, current.getOrElse(port, IndexedSeq.empty) :+ text)
          open = true
      }
    }
    if (open) batches += current
    StreamFile(batches.result())
  }
}
