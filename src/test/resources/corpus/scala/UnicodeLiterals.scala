// seen: course forum "emoji prints as ?" (string literal with an emoji, length in UTF-16 units)
val greeting = "Hello, 世界 😀!"
println(greeting)
println(greeting.length)
println(greeting.reverse)
println(s"${greeting.toUpperCase} ✓")
println("naïve café".split(" ").map(_.length).mkString(","))
println('é'.isLetter)
