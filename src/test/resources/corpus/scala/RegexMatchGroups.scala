// seen: OopsOutOfMemory/transformation-rltm src/main/scala/com/shengli/grinder/utils/RegexUtil.scala (findFirstMatchIn(...).get.group(i), findAllMatchIn)
import scala.util.matching.Regex

object RegexMatchGroups {
  def main(args: Array[String]): Unit = {
    val keyValue = new Regex("(\\w+)=(\\d+)")
    val line = "cpu=73 mem=41 disk=9"
    val first = keyValue.findFirstMatchIn(line).get
    println(s"${first.group(1)} -> ${first.group(2)} at ${first.start}")
    val pairs = keyValue.findAllMatchIn(line).map(m => (m.group(1), m.group(2).toInt)).toList
    println(pairs.sortBy(-_._2))
    println(keyValue.replaceAllIn(line, m => s"${m.group(1)}:${m.group(2).toInt * 2}"))
    println("[,;]\\s*".r.split("a, b;c").toList)
    println("\\d{4}-\\d{2}-\\d{2}".r.matches("2024-03-01"))
  }
}
