package org.apache.spark.streaming

import org.apache.spark.util.ManualClock

/**
 * The streaming scheduler's clock is private to Spark's streaming package (Spark's own suites reach it the same
 * way), so this one accessor lives there.
 */
object ManualClockHandle {

  def advance(ssc: StreamingContext, millis: Long): Unit =
    ssc.scheduler.clock match {
      case manual: ManualClock => manual.advance(millis)
      case other => throw new IllegalStateException(
        s"spark.streaming.clock must be org.apache.spark.util.ManualClock, found ${other.getClass.getName}")
    }
}
