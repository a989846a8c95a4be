// seen: Scala for the impatient ch.3 "Working with Arrays" (Array.ofDim-free basics, ArrayBuffer +=, insert, remove, sorted)
import scala.collection.mutable.ArrayBuffer
val nums = new Array[Int](5)
nums(0) = 7
println(nums.mkString(","))
val b = ArrayBuffer[Int]()
b += 1
b += (1, 2, 3, 5)
b ++= Array(8, 13, 21)
b.trimEnd(2)
b.insert(2, 6)
b.remove(1)
println(b)
val a = Array(1, 7, 2, 9)
println(a.sorted.mkString("<", ", ", ">"))
println(a.filter(_ % 2 == 0).map(2 * _).mkString(" "))
println(a.max + a.min + a.length)
