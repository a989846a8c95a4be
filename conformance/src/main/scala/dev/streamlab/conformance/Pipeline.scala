package dev.streamlab.conformance

import org.apache.spark.streaming.{Duration, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

/**
 * The socket sources a pipeline reads, in the order its program would have opened them, and the folder its
 * `textFileStream` watches (null unless the pipeline watches one).
 */
final case class Inputs(ssc: StreamingContext, streams: IndexedSeq[DStream[String]], folder: String = null) {

  def lines: DStream[String] = streams(0)

  def other: DStream[String] = streams(1)
}

/**
 * One student-style program: it reads one or two socket sources and registers its output operations.
 *
 * @param trailing how long the run goes on after the input ends, so that every window slides past the data
 *                 (stream-format.md) or a state times out
 * @param watchesFolder whether the pipeline reads a `textFileStream`, into whose folder the stream file's
 *                      `--- file` blocks are dropped
 */
final case class Pipeline(
    name: String,
    build: Inputs => Unit,
    sources: Int = 1,
    stateful: Boolean = false,
    trailing: Duration = Duration(0),
    watchesFolder: Boolean = false) {

  def ports: IndexedSeq[Int] = Pipeline.Ports.take(sources)
}

object Pipeline {

  /** The first source is the program's `socketTextStream("localhost", 9999)`, the second its port 9998. */
  val Ports: IndexedSeq[Int] = IndexedSeq(9999, 9998)
}
