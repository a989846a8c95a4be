// seen: acmeism/RosettaCodeData Task/Fibonacci-sequence/Scala/fibonacci-sequence-3.scala (BigInt default parameters) and lunduniversity/introprog fastFib (var secondLast: BigInt = 1 in a while loop)
def fib(x: Int, prev: BigInt = 0, next: BigInt = 1): BigInt = x match {
  case 0 => prev
  case 1 => next
  case _ => fib(x - 1, next, next + prev)
}

def fastFib(n: Int): BigInt = {
  if (n <= 0) 0
  else if (n == 1 || n == 2) 1
  else {
    var secondLast: BigInt = 1
    var last: BigInt = 1
    var i = 3
    while (i <= n) {
      val sum = secondLast + last
      secondLast = last
      last = sum
      i += 1
    }
    last
  }
}

println(fib(10))
println(fib(92) + " fits a Long, " + fib(93) + " does not")
println(fastFib(100))
println((0 to 15).map(fib(_)).mkString(", "))
val evens = (1 to 60).map(fastFib).filter(_ % 2 == 0)
println(evens.length + " even, largest " + evens.max)
println(fib(100) == fastFib(100))
println(f"${fib(50)}%,d")
