// seen: Scala cookbook "How to match one or more exceptions with try/catch" (NumberFormatException, finally)
def parse(s: String): Int = try {
  s.toInt
} catch {
  case e: NumberFormatException => println("bad number: " + e.getMessage); -1
} finally {
  println("parsed " + s)
}
println(parse("12") + parse("x"))
try {
  val xs = List(1)
  println(xs(5))
} catch {
  case e: IndexOutOfBoundsException => println("index problem")
  case e: Exception => println("other " + e)
}
val r = scala.util.Try("7".toInt).map(_ * 6)
println(r.getOrElse(0))
