// seen: coding-interview exercises (palindrome via reverse, anagram via sorted)
def isPalindrome(s: String): Boolean = {
  val clean = s.toLowerCase.filter(_.isLetterOrDigit)
  clean == clean.reverse
}
def anagrams(a: String, b: String): Boolean = a.toLowerCase.sorted == b.toLowerCase.sorted
println(isPalindrome("A man, a plan, a canal: Panama"))
println(isPalindrome("spark"))
println(anagrams("Listen", "Silent"))
println(List("eat", "tea", "tan", "ate", "nat").groupBy(_.sorted).values.map(_.sorted).toList.sortBy(_.head))
