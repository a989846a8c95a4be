// seen: Scala cookbook word count with mutable.Map and getOrElse (plain Scala before the Spark version)
import scala.collection.mutable
val text = "to be or not to be that is the question"
val counts = mutable.Map[String, Int]()
for (w <- text.split(" ")) counts(w) = counts.getOrElse(w, 0) + 1
println(counts("to") + " " + counts("be") + " " + counts.size)
counts.getOrElseUpdate("new", 0)
println(counts.contains("new"))
counts -= "new"
println(counts.toSeq.sortBy { case (w, c) => (-c, w) }.take(3))
val hm = new mutable.HashMap[String, Int]()
hm.put("k", 1)
hm += ("j" -> 2)
println(hm.values.sum)
