// seen: artificially-ai/scala_tutorial scripts/MethodInMethod.scala and kennyledet/Algorithm-Implementations Factorial/Scala (factorial(n: BigInt) with a nested @tailrec accumulator, printed for growing n)
import scala.annotation.tailrec

def factorial(n: BigInt): BigInt = {
  @tailrec
  def fact(n: BigInt, acc: BigInt): BigInt =
    if (n == 0 || n == 1) acc
    else fact(n - 1, acc * n)
  fact(n, 1)
}

for (n <- List(5, 20, 21, 30)) println(s"$n! = ${factorial(n)}")
val hundred = factorial(100)
println(hundred.toString.length + " digits")
println("digit sum " + hundred.toString.map(_.asDigit).sum)
println("trailing zeros " + hundred.toString.reverse.takeWhile(_ == '0').length)
println(factorial(25) / factorial(23))
println(factorial(20) == 2432902008176640000L)
println(factorial(12).isValidInt + " " + factorial(13).isValidInt)
