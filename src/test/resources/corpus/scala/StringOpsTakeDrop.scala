// seen: course exercise "parse key=value lines" (takeWhile/dropWhile/span on strings, stripPrefix)
val lines = List("user=alice", "page=/home", "status=200")
for (line <- lines) {
  val key = line.takeWhile(_ != '=')
  val value = line.dropWhile(_ != '=').drop(1)
  println(s"$key -> $value")
}
val (letters, rest) = "abc123def".span(_.isLetter)
println(letters + "|" + rest)
println("2024-03-01".splitAt(4))
println("mississippi".groupBy(identity).view.mapValues(_.length).toMap.toList.sortBy(_._1))
println("hello world".split(" ").map(_.capitalize).mkString(" "))
println("a-b-c".replace("-", "+"))
println("  padded  ".trim.length)
