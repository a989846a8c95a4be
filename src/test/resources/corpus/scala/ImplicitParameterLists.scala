// seen: DanielaSfregola/get-programming-with-scala unit5 lesson30 (max/min with an implicit Ordering) and Essential Scala "Type Class Foundations"
object ImplicitParameterLists {
  def largest[T](items: List[T])(implicit ord: Ordering[T]): T = items.reduce((a, b) => if (ord.gt(a, b)) a else b)

  def topN[T](items: Seq[T], n: Int = 2)(implicit ord: Ordering[T]): Seq[T] = items.sorted(ord.reverse).take(n)

  def main(args: Array[String]): Unit = {
    println(largest(List(3, 9, 4)))
    println(largest(List("kafka", "spark", "flink")))
    println(largest(List(3, 9, 4))(Ordering[Int].reverse))
    println(topN(Vector(5, 1, 8, 3)))
    println(topN(Vector(5, 1, 8, 3), n = 3))
    println(topN(List("b", "c", "a"))(Ordering[String].reverse))
  }
}
