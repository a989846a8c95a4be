// seen: docs.scala-lang.org "Option" (match Some/None, map/flatMap chain, orElse)
val capitals = Map("France" -> "Paris", "Japan" -> "Tokyo")
def show(x: Option[String]) = x match {
  case Some(s) => s
  case None => "?"
}
println(show(capitals.get("Japan")))
println(show(capitals.get("Peru")))
println(capitals.get("Peru").orElse(capitals.get("France")))
println(capitals.get("France").map(_.length).getOrElse(0))
println(capitals.get("Japan").flatMap(c => if (c.startsWith("T")) Some(c.head) else None))
println(Option(null: String).isDefined)
