// seen: scala-labs/scala-labs FunctionsExercise02 (plus(1, _: Int)) and docs.scala-lang.org tour "Multiple Parameter Lists" (modN(n)(x))
object CurriedPartialApplication {
  def modN(n: Int)(x: Int): Boolean = (x % n) == 0

  def format(prefix: String)(value: Double, decimals: Int = 2): String = s"$prefix%.${decimals}f".format(value)

  def main(args: Array[String]): Unit = {
    val nums = List(1, 2, 3, 4, 5, 6, 7, 8)
    println(nums.filter(modN(2)))
    println(nums.filter(modN(3)(_)))
    val isEven = modN(2) _
    println(isEven(10))
    val euros = format("EUR ") _
    println(euros(3.14159, 3))
    println(format("$")(2.5))
    println(format("x")(decimals = 1, value = 9.87))
  }
}
