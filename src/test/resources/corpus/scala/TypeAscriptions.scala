// seen: Scala language reference "Typed Expressions" used in lessons (x: Double ascriptions, Seq[Int] annotations)
val n: Int = 3
val d: Double = n
val xs: Seq[Int] = List(1, 2, 3)
val total = (xs.sum: Double) / xs.length
println(d)
println(total)
val pair: (String, Int) = ("a", 1)
println(pair._1 * 3 + pair._2)
val f: Int => Int = _ + 1
println(f(n))
val m: Map[String, List[Int]] = Map("k" -> List(1, 2))
println(m("k").length: Int)
