// seen: PremSharma2/spark-spark src/main/scala/ImplicitsAndTypeClasses/BestPracticesForDiffrentOrdering.scala (orderings in objects, import AlphabeticOrdering.alphabeticOrdering)
object ImportedOrderings {
  case class Employee(name: String, age: Int)

  object AlphabeticOrdering {
    implicit val alphabeticOrdering: Ordering[Employee] = Ordering.fromLessThan((a, b) => a.name.compareTo(b.name) < 0)
  }

  def main(args: Array[String]): Unit = {
    val employees = List(Employee("Amy", 34), Employee("John", 33), Employee("Steve", 5), Employee("Bold", 2))
    import AlphabeticOrdering.alphabeticOrdering
    println(employees.sorted)
    println(employees.max.name)
    val byAgeDesc = Ordering.by[Employee, Int](_.age).reverse
    println(employees.sorted(byAgeDesc).map(_.name))
    println(List(3, 4, 2).sorted(Ordering.fromLessThan[Int](_ > _)))
  }
}
