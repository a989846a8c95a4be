// seen: docs.scala-lang.org tour "Higher-order Functions" (salaries map, promotion with function parameter)
object SalaryRaiser {
  private def promotion(salaries: List[Double], promotionFunction: Double => Double): List[Double] =
    salaries.map(promotionFunction)
  def smallPromotion(salaries: List[Double]): List[Double] = promotion(salaries, salary => salary * 1.1)
  def bigPromotion(salaries: List[Double]): List[Double] = promotion(salaries, salary => salary * math.log(salary))
}

object HigherOrderFunctions {
  def urlBuilder(ssl: Boolean, domainName: String): (String, String) => String = {
    val schema = if (ssl) "https://" else "http://"
    (endpoint: String, query: String) => s"$schema$domainName/$endpoint?$query"
  }

  def main(args: Array[String]): Unit = {
    val salaries = List(20000.0, 70000.0, 40000.0)
    val doubleSalary = (x: Double) => x * 2
    println(salaries.map(doubleSalary))
    println(SalaryRaiser.smallPromotion(salaries).map(_.round))
    println(urlBuilder(ssl = true, "www.example.com")("users", "id=1"))
  }
}
