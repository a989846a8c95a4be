// seen: Gokul-KG/Scala-Tutorial src/main/scala/com/cerenode/ordered/Ordering.sc (implicit object ageOrdering extends Ordering[Person])
case class Person(name: String, age: Int)

object ImplicitObjectOrdering {
  implicit object AgeOrdering extends Ordering[Person] {
    override def compare(x: Person, y: Person): Int = x.age - y.age
  }

  object NameLength extends Ordering[Person] {
    override def compare(x: Person, y: Person): Int = x.name.length - y.name.length
  }

  def main(args: Array[String]): Unit = {
    val persons = List(Person("Zoe", 31), Person("Maximilian", 19), Person("Al", 45))
    println(persons.sorted)
    println(persons.max)
    println(persons.min.name)
    println(persons.sorted(NameLength).map(_.name))
    println(persons.sortBy(_.name).map(_.age))
  }
}
