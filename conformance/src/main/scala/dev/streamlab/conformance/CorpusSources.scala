package dev.streamlab.conformance

import java.nio.file.Path

import org.apache.spark.rdd.RDD
import org.apache.spark.storage.StorageLevel
import org.apache.spark.streaming.{StreamingContext, Time}
import org.apache.spark.streaming.dstream.{DStream, InputDStream}

/**
 * What a corpus program's `socketTextStream` becomes on real Spark (`CorpusRunner` rewrites the call to this one):
 * a source whose batch at time t is the stream file's batch for t, as one partition, or no partition when that
 * batch received nothing, which is what a socket receiver hands Spark for a batch that got one block or none. The
 * stream file's unmarked records go to the first port the program opens, as in the lab.
 */
object CorpusSources {

  @volatile private var fed: Option[Path] = None

  @volatile private var file: Option[StreamFile] = None

  /** The stream file of the program about to run. */
  def feed(stream: Path): Unit = synchronized {
    fed = Some(stream)
    file = None
  }

  def socketTextStream(ssc: StreamingContext, host: String, port: Int,
                       level: StorageLevel = StorageLevel.MEMORY_AND_DISK_SER_2): DStream[String] = synchronized {
    val stream = fed.getOrElse(throw new IllegalStateException("no stream file fed"))
    if (file.isEmpty) file = Some(StreamFile.read(stream, port))
    new FedInputDStream(ssc, port)
  }

  private[conformance] def records(batch: Int, port: Int): IndexedSeq[String] =
    file.map(_.records(batch, port)).getOrElse(IndexedSeq.empty)
}

/** Holds only its port, so that a checkpointed graph serializes; the records come from `CorpusSources`. */
private[conformance] final class FedInputDStream(ssc: StreamingContext, port: Int) extends InputDStream[String](ssc) {

  override def start(): Unit = ()

  override def stop(): Unit = ()

  override def compute(validTime: Time): Option[RDD[String]] = {
    // The manual clock starts at 0, so batch n (from 1) is at n intervals.
    val batch = (validTime.milliseconds / slideDuration.milliseconds).toInt - 1
    val records = CorpusSources.records(batch, port)
    Some(if (records.isEmpty) context.sparkContext.emptyRDD[String] else context.sparkContext.parallelize(records, 1))
  }
}
