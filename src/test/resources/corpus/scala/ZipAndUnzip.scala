// seen: course exercise "pair names and scores" (zip, unzip, zipWithIndex, toMap)
val names = List("ann", "bob", "cy")
val scores = List(90, 75, 82)
val paired = names.zip(scores)
println(paired.toMap)
val (ns, ss) = paired.unzip
println(ns.mkString("/") + " " + ss.sum)
println(names.zipAll(List(1), "?", 0))
println(paired.filter { case (_, s) => s > 80 }.map(_._1))
