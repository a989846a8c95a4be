// seen: azavea gtfs Timer.timedTask[R](msg: String)(block: => R) and scala-labs FunctionsExercise measure(block: => T)
object TimedByNameBlocks {
  var calls = 0

  def timedTask[R](msg: String)(block: => R): R = {
    println(s"start $msg")
    val result = block
    println(s"end $msg")
    result
  }

  def retry[T](times: Int)(body: => Option[T]): Option[T] = {
    var attempt = 0
    var result: Option[T] = None
    while (attempt < times && result.isEmpty) {
      attempt += 1
      result = body
    }
    result
  }

  def main(args: Array[String]): Unit = {
    val total = timedTask("sum") {
      (1 to 10).sum
    }
    println(total)
    val found = retry(5) {
      calls += 1
      if (calls >= 3) Some(calls) else None
    }
    println(s"$found after $calls calls")
    println(retry(2)(None: Option[Int]))
  }
}
