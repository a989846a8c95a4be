// seen: Scala cookbook "Iterators" (Iterator(...), hasNext/next loop, iterator.map.toList)
// expect-refused: value hasNext is not a member
val it = Iterator(1, 2, 3)
println(it.map(_ * 2).toList)
val words = List("alpha", "beta", "gamma").iterator
while (words.hasNext) println(words.next().toUpperCase)
println(Iterator.range(0, 3).toList)
