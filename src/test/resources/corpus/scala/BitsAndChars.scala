// seen: beginner exercises on Char arithmetic (caesar cipher with ('a' + (c - 'a' + k) % 26).toChar)
def caesar(s: String, k: Int): String = s.map { c =>
  if (c.isLower) ('a' + (c - 'a' + k) % 26).toChar
  else if (c.isUpper) ('A' + (c - 'A' + k) % 26).toChar
  else c
}
println(caesar("Hello, World", 3))
println(caesar(caesar("Spark", 5), 21))
println(('a' to 'e').mkString)
println(('a' + 1).toChar)
