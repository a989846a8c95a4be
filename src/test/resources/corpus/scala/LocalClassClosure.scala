// seen: Programming in Scala "Closures" and local functions (a local class and def reading the enclosing method's values)
trait Counter {
  def tokens(line: String): List[String]
  def total: Int
}

object LocalClassClosure {
  def tokenizer(minLength: Int): Counter = {
    var seen = 0
    class Tokenizer extends Counter {
      def tokens(line: String): List[String] = {
        val words = line.split(" ").toList.filter(_.length >= minLength)
        seen += words.size
        words
      }
      def total: Int = seen
    }
    new Tokenizer
  }

  def main(args: Array[String]): Unit = {
    val shortAllowed = tokenizer(2)
    val longOnly = tokenizer(5)
    println(shortAllowed.tokens("a spark streaming job"))
    println(longOnly.tokens("a spark streaming job"))
    println(shortAllowed.tokens("is it fast"))
    println(s"${shortAllowed.total} ${longOnly.total}")
    val prefix = "#"
    def tag(word: String) = prefix + word
    object Tags { def all(words: List[String]) = words.map(tag).mkString(" ") }
    println(Tags.all(List("scala", "spark")))
  }
}
