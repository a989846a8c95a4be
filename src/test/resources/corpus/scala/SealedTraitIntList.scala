// seen: underscoreio/essential-scala src/pages/sequencing/intlist.scala (sealed trait IntList, fold by pattern matching)
sealed trait IntList {
  def fold[A](end: A, f: (Int, A) => A): A = this match {
    case End => end
    case Pair(hd, tl) => f(hd, tl.fold(end, f))
  }
  def sum: Int = fold[Int](0, (hd, tl) => hd + tl)
  def length: Int = fold[Int](0, (_, tl) => 1 + tl)
  def double: IntList = fold[IntList](End, (hd, tl) => Pair(hd * 2, tl))
}
case object End extends IntList
final case class Pair(hd: Int, tl: IntList) extends IntList

object SealedTraitIntList {
  def main(args: Array[String]): Unit = {
    val example = Pair(1, Pair(2, Pair(3, End)))
    assert(example.length == 3)
    println(example.sum)
    println(example.double)
    println(example.double == Pair(2, Pair(4, Pair(6, End))))
  }
}
