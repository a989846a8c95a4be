// seen: FizzBuzz in Scala with tuple pattern matching (common interview/course warm-up)
for (i <- 1 to 15) {
  val out = (i % 3, i % 5) match {
    case (0, 0) => "FizzBuzz"
    case (0, _) => "Fizz"
    case (_, 0) => "Buzz"
    case _ => i.toString
  }
  print(out + " ")
}
println()
