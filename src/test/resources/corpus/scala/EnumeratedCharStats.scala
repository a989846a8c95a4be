// seen: coding-exercise style "count vowels and consonants" (filter on chars, count, isLetter, toLower)
val text = "Spark Streaming Lab"
val vowels = text.toLowerCase.count("aeiou".contains(_))
val letters = text.count(_.isLetter)
println(s"vowels=$vowels consonants=${letters - vowels}")
println(text.filter(_.isUpper))
println(text.map(c => if (c.isUpper) c.toLower else c.toUpper))
println(text.split(" ").map(_.reverse).mkString(" "))
println(text.distinct.length)
