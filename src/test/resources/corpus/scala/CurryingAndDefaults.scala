// seen: docs.scala-lang.org tour "Multiple Parameter Lists" and "Default Parameter Values"
object CurryingAndDefaults {
  def foldLeft1[A, B](as: List[A], b0: B)(op: (B, A) => B): B = as.foldLeft(b0)(op)
  def log(message: String, level: String = "INFO") = println(s"$level: $message")
  def point(x: Int = 0, y: Int = 0) = s"($x, $y)"

  def main(args: Array[String]): Unit = {
    println(foldLeft1(List(1, 2, 3), 0)(_ + _))
    log("System starting")
    log("User not found", "WARNING")
    println(point(y = 1))
    val numbers = List(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    val numberFunc = numbers.foldLeft(List[Int]()) _
    println(numberFunc((xs, x) => xs :+ x * x))
  }
}
