// seen: course exercise "group words by length" (groupBy, mapValues, toSeq.sortBy)
val words = "the quick brown fox jumps over the lazy dog".split(" ").toList
val byLength = words.groupBy(_.length)
println(byLength.keys.toList.sorted)
println(byLength(3).distinct.sorted)
println(words.groupBy(_.head).map { case (c, ws) => (c, ws.size) }.toList.sortBy(_._1))
println(words.distinct.size)
println(words.count(_.contains("o")))
println(words.groupMapReduce(_.length)(_ => 1)(_ + _).toList.sorted)
