// seen: docs.scala-lang.org collections "Sets" (union, intersect, diff, subsetOf, contains via apply)
val a = Set(1, 2, 3, 4)
val b = Set(3, 4, 5)
println(a union b)
println(a intersect b)
println(a diff b)
println(a & b)
println(Set(1, 2).subsetOf(a))
println(a(3) && !b(1))
val s = scala.collection.mutable.Set("x")
s += "y"
s -= "x"
println(s)
println(a.map(_ % 2))
