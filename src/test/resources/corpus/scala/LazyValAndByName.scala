// seen: docs.scala-lang.org tour "By-name Parameters" (whileLoop with by-name condition)
object LazyValAndByName {
  def whileLoop(condition: => Boolean)(body: => Unit): Unit =
    if (condition) {
      body
      whileLoop(condition)(body)
    }

  def twice(x: => Int) = x + x

  def main(args: Array[String]): Unit = {
    var i = 2
    whileLoop(i > 0) {
      println(i)
      i -= 1
    }
    println(twice({ i += 10; i }))
    lazy val expensive = { println("computing"); i * 100 }
    println("before")
    println(expensive + expensive)
  }
}
