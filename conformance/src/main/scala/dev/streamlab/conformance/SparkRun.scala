package dev.streamlab.conformance

import java.io.PrintStream
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path, StandardCopyOption}
import java.nio.file.attribute.FileTime
import java.util.Comparator
import java.util.concurrent.{LinkedBlockingQueue, TimeUnit}

import scala.collection.mutable

import org.apache.spark.SparkContext
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{StreamingHandle, Milliseconds, StreamingContext}
import org.apache.spark.streaming.scheduler.{BatchInfo, StreamingListener, StreamingListenerBatchCompleted}

/** How one run ended: the batches it ran and, if a batch failed, the root cause Spark reported for it. */
final case class RunOutcome(batchesRun: Int, failure: Option[String], millisPerBatch: IndexedSeq[Double])

/**
 * Runs one pipeline on real Spark Streaming over a stream file, on a manual clock: one batch interval per input
 * batch, each batch waited for until it completes. Each source is a queueStream fed one RDD per batch — a
 * one-partition RDD of its records, or an RDD with no partitions when it received nothing — which is exactly what a
 * socket receiver hands Spark for a batch that got one block or none. A pipeline that watches a folder gets a fresh
 * one; the files a batch drops appear in it (written aside, then moved) with the batch's time as modification time,
 * just before the clock reaches that time.
 */
final class SparkRun(sc: SparkContext) {

  def run(pipeline: Pipeline, batchMs: Long, input: StreamFile, batches: Int, out: PrintStream,
          marked: Boolean): RunOutcome = {
    val unread = input.ports -- pipeline.ports
    require(unread.isEmpty,
      s"the stream sends to source(s) ${unread.mkString(", ")} that ${pipeline.name} does not read")
    val ssc = new StreamingContext(sc, Milliseconds(batchMs))
    val checkpointDir = if (pipeline.stateful) Some(Files.createTempDirectory("streamlab-conformance-")) else None
    val watched = if (pipeline.watchesFolder) Some(Files.createTempDirectory("streamlab-conformance-files-"))
      else None
    try {
      checkpointDir.foreach(dir => ssc.checkpoint(dir.toString))
      val streams = pipeline.ports.map { port =>
        val queue = mutable.Queue.from((0 until batches).map(b => batchRdd(input.records(b, port))))
        ssc.queueStream(queue, oneAtATime = true, defaultRDD = sc.emptyRDD[String])
      }
      pipeline.build(Inputs(ssc, streams, watched.map(_.toString).orNull))
      // A receiver's records belong to the batch they arrived in even when nothing reads that batch (a window
      // sliding past it): Spark allocates blocks to every batch time. A queue is only dequeued when its stream is
      // computed, so each source gets a no-op output that computes it every batch. This also gives every batch a job,
      // without which Spark would post no completion (a window between slides). Registered last, these run after the
      // pipeline's own output operations.
      streams.foreach(_.foreachRDD(_ => ()))
      val completed = new LinkedBlockingQueue[BatchInfo]()
      ssc.addStreamingListener(new StreamingListener {
        override def onBatchCompleted(event: StreamingListenerBatchCompleted): Unit = completed.put(event.batchInfo)
      })
      ssc.start()
      step(ssc, batchMs, batches, completed, out, marked, drop = batch =>
        watched.foreach(folder => dropFiles(folder, input.filesOf(batch - 1), batch * batchMs)))
    } finally {
      ssc.stop(stopSparkContext = false)
      checkpointDir.foreach(deleteTree)
      watched.foreach(deleteTree)
    }
  }

  /** Moves each file into the folder atomically, as Spark asks, stamped with the time of the batch that reads it. */
  private def dropFiles(folder: Path, files: IndexedSeq[(String, IndexedSeq[String])], modified: Long): Unit =
    for ((name, lines) <- files) {
      val staging = folder.resolve("." + name + ".dropping")
      Files.write(staging, lines.map(_ + "\n").mkString.getBytes(StandardCharsets.UTF_8))
      Files.setLastModifiedTime(staging, FileTime.fromMillis(modified))
      Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
    }

  private def step(ssc: StreamingContext, batchMs: Long, batches: Int, completed: LinkedBlockingQueue[BatchInfo],
                   out: PrintStream, marked: Boolean, drop: Int => Unit): RunOutcome = {
    val timings = IndexedSeq.newBuilder[Double]
    var batch = 1
    var failure: Option[String] = None
    while (batch <= batches && failure.isEmpty) {
      val time = batch * batchMs
      out.flush()
      if (marked) out.println(s"${Markers.Batch}$batch @ $time ms")
      drop(batch)
      val started = System.nanoTime()
      StreamingHandle.advance(ssc, batchMs)
      val info = completed.poll(120, TimeUnit.SECONDS)
      require(info != null, s"batch $batch ($time ms) did not complete within 120 s")
      require(info.batchTime.milliseconds == time, s"expected batch $time ms, Spark completed ${info.batchTime}")
      timings += (System.nanoTime() - started) / 1e6
      out.flush()
      failure = info.outputOperationInfos.values.toSeq.sortBy(_.id).flatMap(_.failureReason).headOption.map(rootCause)
      failure.foreach(cause => if (marked) out.println(s"${Markers.Error}$cause"))
      batch += 1
    }
    out.flush()
    RunOutcome(batch - 1, failure, timings.result())
  }

  private def batchRdd(records: IndexedSeq[String]): RDD[String] =
    if (records.isEmpty) sc.emptyRDD[String] else sc.parallelize(records, 1)

  /** Spark reports a failed job as its whole stack trace; the innermost `Caused by:` names what the program did. */
  private def rootCause(trace: String): String = {
    val lines = trace.linesIterator.toSeq
    lines.filter(_.startsWith("Caused by: ")).lastOption.map(_.stripPrefix("Caused by: ")).getOrElse(lines.head)
  }

  private def deleteTree(dir: Path): Unit = {
    val walk = Files.walk(dir)
    try walk.sorted(Comparator.reverseOrder[Path]()).forEach(p => Files.deleteIfExists(p))
    finally walk.close()
  }
}
