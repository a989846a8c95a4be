// seen: docs.scala-lang.org tour "Singleton Objects" (companion object factory, IdFactory counter)
object IdFactory {
  private var counter = 0
  def create(): Int = { counter += 1; counter }
}

case class Circle(radius: Double) {
  import Circle._
  def area: Double = calculateArea(radius)
}

object Circle {
  private def calculateArea(radius: Double): Double = math.Pi * math.pow(radius, 2.0)
}

object ObjectsAndCompanions {
  def main(args: Array[String]): Unit = {
    println(IdFactory.create() + IdFactory.create())
    println(f"${Circle(5.0).area}%.2f")
  }
}
