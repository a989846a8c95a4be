package org.apache.spark.streaming

import org.apache.spark.util.ManualClock

/**
 * The streaming scheduler's clock, the context's graph and its checkpoint directory are private to Spark's streaming
 * package (Spark's own suites reach them the same way), so these accessors live there.
 */
object StreamingHandle {

  def advance(ssc: StreamingContext, millis: Long): Unit =
    ssc.scheduler.clock match {
      case manual: ManualClock => manual.advance(millis)
      case other => throw new IllegalStateException(
        s"spark.streaming.clock must be org.apache.spark.util.ManualClock, found ${other.getClass.getName}")
    }

  /** The batch interval a program gave its context. */
  def batchMillis(ssc: StreamingContext): Long = ssc.graph.batchDuration.milliseconds

  /** The checkpoint directory a program set, if any. */
  def checkpointDirectory(ssc: StreamingContext): Option[String] = Option(ssc.checkpointDir)
}
