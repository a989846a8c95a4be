// seen: deanwampler/programming-scala-book-code-examples prog-scala-2nd-ed/src/main/scala/Rounding/match-regex.sc (Regex extractors in a match)
object RegexExtractorCatalog {
  val BookRE = """Book: title=([^,]+),\s+authors=(.+)""".r
  val MagazineRE = """Magazine: title=([^,]+),\s+issue=(.+)""".r

  def describe(item: String): String = item match {
    case BookRE(title, authors) => s"""Book "$title", written by $authors"""
    case MagazineRE(title, issue) => s"""Magazine "$title", issue $issue"""
    case entry => s"Unrecognized entry: $entry"
  }

  def main(args: Array[String]): Unit = {
    val catalog = List(
      "Book: title=Learning Spark, authors=Holden, Andy",
      "Magazine: title=Data Weekly, issue=March 2024",
      "BadData: text=who put this here")
    catalog.map(describe).foreach(println)
  }
}
