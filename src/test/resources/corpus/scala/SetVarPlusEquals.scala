// seen: Programming in Scala ch.3 step 10 (var jetSet = Set("Boeing", "Airbus"); jetSet += "Lear") and jmlb23/scala libro_odersky/scripts_CH3/setsMaps/sets.scala (mutable and immutable Set with +=)
import scala.collection.mutable

var jetSet = Set("Boeing", "Airbus")
val before = jetSet
jetSet += "Lear"
jetSet += ("Cessna", "Embraer")
println(jetSet.contains("Cessna"))
println(before)
println(jetSet.toList.sorted)

val movieSet = mutable.Set("Hitch", "Poltergeist")
movieSet += "Shrek"
movieSet += ("Up", "Heat")
movieSet -= ("Hitch", "Alien")
println(movieSet.toList.sorted)

val queue = mutable.ListBuffer[Int]()
queue += (3, 1, 4, 1, 5)
queue -= (1, 9)
println(queue)

var ages = Map("ann" -> 31)
ages += ("bob" -> 25, "cid" -> 40)
ages -= ("ann", "zed")
println(ages)
