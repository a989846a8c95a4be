// seen: Scala imports in course projects (import scala.collection.mutable.{Map => MMap}, wildcard imports)
import scala.collection.mutable.{ListBuffer, Map => MMap}
import scala.math._
val lb = ListBuffer[String]()
lb += "one"
lb.append("two")
println(lb.toList)
val mm = MMap[String, Int]()
mm("a") = 1
println(mm)
println(max(3, sqrt(16).toInt))
