package dev.streamlab.conformance

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import scala.jdk.CollectionConverters._

/**
 * A `.stream` file (shared/spec/stream-format.md): per batch, the records each socket source receives, keyed by
 * the source's port, and the files (`--- file NAME` blocks: name and lines) dropped into the watched folder.
 */
final case class StreamFile(batches: IndexedSeq[Map[Int, IndexedSeq[String]]],
                            files: IndexedSeq[IndexedSeq[(String, IndexedSeq[String])]] = IndexedSeq.empty) {

  def records(batch: Int, port: Int): IndexedSeq[String] =
    if (batch < batches.size) batches(batch).getOrElse(port, IndexedSeq.empty) else IndexedSeq.empty

  def filesOf(batch: Int): IndexedSeq[(String, IndexedSeq[String])] =
    if (batch < files.size) files(batch) else IndexedSeq.empty

  def ports: Set[Int] = batches.flatMap(_.keySet).toSet
}

object StreamFile {

  private val SourceLine = """--- source (?:(.+):)?(\d+)""".r

  private val FileLine = """--- file (.+)""".r

  def read(path: Path, defaultPort: Int): StreamFile =
    parse(Files.readAllLines(path, StandardCharsets.UTF_8).asScala.toIndexedSeq, defaultPort)

  def parse(lines: IndexedSeq[String], defaultPort: Int): StreamFile = {
    val batches = IndexedSeq.newBuilder[Map[Int, IndexedSeq[String]]]
    val files = IndexedSeq.newBuilder[IndexedSeq[(String, IndexedSeq[String])]]
    var current = Map.empty[Int, IndexedSeq[String]]
    var dropped = IndexedSeq.empty[(String, IndexedSeq[String])]
    var dropping: Option[String] = None
    var content = IndexedSeq.empty[String]
    var port = defaultPort
    var open = false
    def endFile(): Unit = {
      dropping.foreach(name => dropped :+= (name -> content))
      dropping = None
      content = IndexedSeq.empty
    }
    for (raw <- lines) {
      raw.stripSuffix("\r") match {
        case SourceLine(_, p) =>
          endFile()
          port = p.toInt
          open = true
        case FileLine(name) =>
          endFile()
          dropping = Some(name.trim)
          open = true
        case separator if separator == "---" || separator.startsWith("--- ") =>
          endFile()
          batches += current
          files += dropped
          current = Map.empty
          dropped = IndexedSeq.empty
          port = defaultPort
          open = false
        case record =>
          val text = if (record.startsWith("\\")) record.substring(1) else record
          if (dropping.isDefined) content :+= text
          else current = current.updated(port, current.getOrElse(port, IndexedSeq.empty) :+ text)
          open = true
      }
    }
    endFile()
    if (open) {
      batches += current
      files += dropped
    }
    StreamFile(batches.result(), files.result())
  }
}
