package dev.streamlab.conformance

/** How many batches a run lasts (stream-format.md): the input's, then empty ones until the trailing time passed. */
object RunPlan {

  def batches(pipeline: Pipeline, batchMs: Long, input: StreamFile): Int =
    input.batches.size + math.ceil(pipeline.trailing.milliseconds.toDouble / batchMs).toInt
}
