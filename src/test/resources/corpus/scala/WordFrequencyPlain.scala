// seen: the classic plain-Scala word frequency before Spark (split, groupBy(identity), mapValues(_.size), sortBy)
val text = """It was the best of times, it was the worst of times,
it was the age of wisdom"""
val words = text.toLowerCase.split("\\W+").filter(_.nonEmpty)
val freq = words.groupBy(identity).map { case (w, ws) => (w, ws.length) }
freq.toSeq.sortBy { case (w, c) => (-c, w) }.take(4).foreach { case (w, c) => println(f"$w%-6s $c%3d") }
println(words.length)
