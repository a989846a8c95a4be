// seen: coding exercise "first non-repeating character" (groupBy on chars, find, count)
val s = "swiss streaming"
val counts = s.filter(_ != ' ').groupBy(identity).map { case (c, cs) => (c, cs.length) }
println(s.find(c => c != ' ' && counts(c) == 1))
println(counts.toList.sortBy { case (c, n) => (-n, c) }.take(3))
