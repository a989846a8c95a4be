// seen: log-parsing tutorials using a Scala Regex ("""\d+""".r.findAllIn(line)), asdf2014/yuzhouwan RegexExample.sc
object RegexNumbersInLog {
  def main(args: Array[String]): Unit = {
    val numbers = """\d+""".r
    println(numbers.findAllIn("10 ms and 20 ms").toList)
    val latencies = List("GET /a 10 ms", "GET /b 250 ms", "POST /c no timing")
    val total = latencies.flatMap(line => numbers.findFirstIn(line)).map(_.toInt).sum
    println(total)
    println(numbers.findFirstIn("no digits here"))
  }
}
