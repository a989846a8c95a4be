// seen: Scala cookbook "collect with a partial function" (collect on mixed list, case with guard)
val mixed: List[Any] = List(1, "two", 3.0, 4, "five")
println(mixed.collect { case i: Int => i * 10 })
println(mixed.collect { case s: String if s.length > 3 => s.toUpperCase })
val pf: PartialFunction[Int, String] = { case x if x > 0 => "positive" }
println(pf.isDefinedAt(-1) + " " + pf(5))
println(List(1, -2, 3).collect(pf))
println(List(Some(1), None, Some(3)).collect { case Some(x) => x })
