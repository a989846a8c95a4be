// seen: Coursera progfun week 1 (tail-recursive factorial, gcd, sqrt by Newton's method)
import scala.annotation.tailrec
def factorial(n: Int): BigInt = {
  @tailrec
  def loop(acc: BigInt, n: Int): BigInt = if (n == 0) acc else loop(acc * n, n - 1)
  loop(1, n)
}
def gcd(a: Int, b: Int): Int = if (b == 0) a else gcd(b, a % b)
def sqrt(x: Double): Double = {
  def improve(guess: Double) = (guess + x / guess) / 2
  def good(guess: Double) = math.abs(guess * guess - x) / x < 0.001
  def iter(guess: Double): Double = if (good(guess)) guess else iter(improve(guess))
  iter(1.0)
}
println(factorial(20))
println(gcd(14, 21))
println(f"${sqrt(2)}%.4f")
