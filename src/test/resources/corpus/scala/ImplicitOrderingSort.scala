// seen: Scala docs "Ordering" (sorted with a custom Ordering, Ordering.by, reverse, on case classes)
case class Player(name: String, score: Int)

object ImplicitOrderingSort {
  def main(args: Array[String]): Unit = {
    val players = List(Player("ann", 30), Player("bob", 50), Player("cy", 30))
    println(players.sortBy(p => (-p.score, p.name)).map(_.name))
    implicit val byScore: Ordering[Player] = Ordering.by(_.score)
    println(players.max.name)
    println(players.sorted.map(_.name))
    println(players.sorted(byScore.reverse).head)
  }
}
