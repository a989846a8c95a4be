// seen: packtpub "Scala Programming Projects" strictness and laziness (StrictDemo/LazyDemo printing when a val is evaluated)
object Settings {
  println("Settings initialised")
  val appName = "wordcount"
  lazy val dictionary: Set[String] = {
    println("loading dictionary")
    Set("spark", "scala", "stream")
  }
}

class Report(lines: List[String]) {
  lazy val wordCount: Int = {
    println(s"counting ${lines.size} lines")
    lines.map(_.split(" ").length).sum
  }
}

object LazyValConfig {
  def main(args: Array[String]): Unit = {
    println(Settings.appName)
    println("dictionary not needed yet")
    println(Settings.dictionary.contains("spark"))
    println(Settings.dictionary.size)
    val report = new Report(List("a b c", "d e"))
    println("report made")
    println(report.wordCount + report.wordCount)
  }
}
