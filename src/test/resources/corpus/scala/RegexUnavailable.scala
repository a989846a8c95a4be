// seen: log-parsing tutorials using a Scala Regex ("""\d+""".r.findAllIn(line))
// expect-refused: String.r is not available
val numbers = """\d+""".r
println(numbers.findAllIn("10 ms and 20 ms").toList)
