// seen: Spark programming guide "mapPartitions" style loops over an Iterator with hasNext/next, Scala cookbook "Iterators"
object IteratorLinesHasNext {
  def main(args: Array[String]): Unit = {
    val lines = List("INFO start", "ERROR disk", "INFO ok", "ERROR net").iterator
    var errors = 0
    while (lines.hasNext) {
      val line = lines.next()
      if (line.startsWith("ERROR")) {
        errors += 1
        println(s"error #$errors: ${line.drop(6)}")
      }
    }
    println(lines.hasNext)
    val scores = Map("a" -> 1, "b" -> 2).iterator
    println(scores.map { case (k, v) => s"$k=$v" }.toList)
    val it = Iterator(4, 5, 6)
    println(it.next())
    println(it.toList)
  }
}
