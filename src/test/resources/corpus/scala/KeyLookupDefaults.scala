// seen: DanielaSfregola/get-programming-with-scala unit6/lesson37 Section-37.1.sc (Map.getOrElse whose default prints "Missing Key!!!" only for a missing key)
import scala.util.Try

object KeyLookupDefaults {
  def defaultValue: String = { println("Missing key!"); "N/A" }

  def lookup(capitals: Map[String, String], country: String): String =
    capitals.getOrElse(country, sys.error(s"no capital for $country"))

  def main(args: Array[String]): Unit = {
    val capitals = Map("France" -> "Paris", "Japan" -> "Tokyo")
    println(capitals.getOrElse("France", defaultValue))
    println(capitals.getOrElse("Peru", defaultValue))
    println(capitals.get("Japan").getOrElse(defaultValue))
    println(capitals.get("Chile").orElse(Some("Santiago")).get)
    println(capitals.get("Japan").fold("none")(_.toUpperCase))
    println(lookup(capitals, "Japan"))
    println(Try(lookup(capitals, "Mars")))
    val attempts = Try(lookup(capitals, "Mars")).getOrElse { println("falling back"); "?" }
    println(attempts)
    var ids = 0
    def nextId(): Int = { ids += 1; ids * 10 }
    println(List.fill(4)(nextId()))
    println(Option.when(ids > 3)(s"$ids ids"))
    require(ids == 4, { println("never built"); "ids went wrong" })
    try require(ids > 10, s"only $ids ids")
    catch { case e: IllegalArgumentException => println(e.getMessage) }
  }
}
