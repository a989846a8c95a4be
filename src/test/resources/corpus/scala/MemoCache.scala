// seen: m14i.wordpress.com/2011/05/29/scala-hello-memo-fibonacci (memo table filled with mutable.Map.getOrElseUpdate(x, f(x)))
import scala.collection.mutable

object MemoCache {
  val fibMemo = mutable.Map[Int, Long]()
  var computed = 0

  def fib(n: Int): Long =
    if (n < 2) n
    else fibMemo.getOrElseUpdate(n, { computed += 1; fib(n - 1) + fib(n - 2) })

  val pathMemo = mutable.Map[(Int, Int), Long]()

  def paths(rows: Int, cols: Int): Long =
    if (rows == 0 || cols == 0) 1L
    else pathMemo.getOrElseUpdate((rows, cols), paths(rows - 1, cols) + paths(rows, cols - 1))

  def main(args: Array[String]): Unit = {
    println(s"fib(60) = ${fib(60)}")
    println(s"fib(90) = ${fib(90)}")
    println(s"bodies run: $computed")
    println(s"grid paths 16x16 = ${paths(16, 16)}")
    println(s"memo sizes: ${fibMemo.size} ${pathMemo.size}")
    val cache = mutable.Map[String, Int]()
    val words = List("spark", "scala", "spark", "stream", "scala", "spark")
    var lookups = 0
    for (w <- words) {
      val len = cache.getOrElseUpdate(w, { lookups += 1; w.length })
      println(s"$w -> $len")
    }
    println(s"lengths computed: $lookups")
  }
}
