package dev.streamlab.conformance

/**
 * Lines a marked run writes between what Spark prints, so that a golden file can be compared batch by batch.
 * Nothing a pipeline prints starts with them; removing them leaves Spark's stdout byte for byte.
 */
object Markers {

  val Batch = "### batch "

  val Error = "### error "
}
