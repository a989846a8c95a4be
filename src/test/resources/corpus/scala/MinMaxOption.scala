// seen: Scala 2.13 collections changes (maxOption/minOption/maxByOption on possibly empty lists)
val empty = List.empty[Int]
println(empty.maxOption)
println(List(3, 9, 2).maxOption)
println(List("kiwi", "fig", "banana").minByOption(_.length))
println(empty.reduceOption(_ + _))
println(List(1, 2, 3).reduceLeftOption(_ * _))
