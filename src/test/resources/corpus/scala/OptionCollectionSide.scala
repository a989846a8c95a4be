// seen: docs.scala-lang.org "Option" overview and course exercises using Option in for/sum/toList
def toInt(s: String): Option[Int] = try Some(s.trim.toInt) catch { case _: NumberFormatException => None }
val inputs = List("1", " 2", "x", "4")
val parsed = inputs.map(toInt)
println(parsed)
println(parsed.flatten.sum)
println(parsed.map(_.sum).sum)
println(toInt("7").toList ++ toInt("y").toList)
println(toInt("5").fold("none")(n => s"got $n"))
println(for (a <- toInt("2"); b <- toInt("3")) yield a * b)
println(toInt("9").getOrElse(0) + toInt("z").getOrElse(0))
println(toInt("3").filter(_ > 5).isEmpty)
println(toInt("8").zip(toInt("9")))
