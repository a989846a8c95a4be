// seen: course exercise "print a report table" (String.format with widths, padTo, mkString)
val rows = List(("spark", 12, 0.5), ("scala", 3, 0.125), ("kafka", 100, 1.0))
println("%-8s %5s %6s".format("word", "count", "share"))
rows.foreach { case (w, c, s) => println("%-8s %5d %6.2f".format(w, c, s)) }
println("-" * 21)
println("total".padTo(8, '.') + rows.map(_._2).sum)
