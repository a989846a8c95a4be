// seen: course solutions building accumulators from Seq.empty[(String, Int)] / Map.empty[String, Int]
import scala.collection.mutable
val start = Seq.empty[(String, Int)]
val pairs = start :+ ("a" -> 1) :+ ("b" -> 2)
println(pairs)
val counts = pairs.foldLeft(Map.empty[String, Int]) { case (m, (k, v)) => m + (k -> (m.getOrElse(k, 0) + v)) }
println(counts)
val buffer = mutable.ArrayBuffer.empty[String]
buffer += "x"
buffer ++= List("y", "z")
println(buffer)
println(List.empty[Int].isEmpty && Vector.empty[String].isEmpty)
println(Set.empty[Int] + 3 + 3)
