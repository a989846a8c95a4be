// seen: Java/Scala exercises on overflow (Math.addExact / multiplyExact throwing ArithmeticException)
def safeAdd(a: Int, b: Int): Option[Int] =
  try Some(Math.addExact(a, b)) catch { case e: ArithmeticException => None }
println(safeAdd(1, 2))
println(safeAdd(Int.MaxValue, 1))
println(Math.multiplyExact(46341L, 46341L))
println(math.abs(-7) + math.max(3, 9) + math.min(2.5, 1.5))
println(math.pow(2, 10).toInt)
println(math.sqrt(16.0))
println(Math.floorMod(-7, 3) + " " + (-7 % 3))
println(math.round(2.5) + " " + math.round(-2.5))
