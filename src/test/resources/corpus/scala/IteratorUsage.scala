// seen: Scala cookbook "Iterators" (Iterator(...), hasNext/next loop, iterator.map.toList)
object IteratorUsage {
  def main(args: Array[String]): Unit = {
    val it = Iterator(1, 2, 3)
    println(it.map(_ * 2).toList)
    val words = List("alpha", "beta", "gamma").iterator
    while (words.hasNext) println(words.next().toUpperCase)
    println(Iterator.range(0, 3).toList)
  }
}
