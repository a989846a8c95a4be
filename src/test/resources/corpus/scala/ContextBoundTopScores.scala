// seen: Essential Scala "Type Class Foundations" (Ordering as a type class) and Scala docs "Context Bounds" (def max[T: Ordering], implicitly[Ordering[T]])
case class Score(player: String, points: Int)

object ContextBoundTopScores {
  implicit val byPoints: Ordering[Score] = Ordering.by(s => (s.points, s.player))

  def best[T: Ordering](items: Seq[T]): T = items.reduce((a, b) => if (implicitly[Ordering[T]].gteq(a, b)) a else b)

  def ranked[T: Ordering](items: Seq[T], n: Int): Seq[T] = items.sorted(Ordering[T].reverse).take(n)

  def main(args: Array[String]): Unit = {
    val scores = Vector(Score("ann", 12), Score("bob", 30), Score("cy", 30), Score("dee", 7))
    println(best(scores))
    println(ranked(scores, 3).map(_.player))
    println(best(List(2.5, 9.0, 4.25)))
    println(ranked(List("kafka", "spark", "flink"), 2))
  }
}
