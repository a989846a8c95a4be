// seen: mathwiz/sicp scala/src/ch1/ex128.scala (expmod with BigInt base and modulus, the Fermat test) and mamat14/univ crypto/rsa-lab/MillerRabin.scala (a modPow (t, n), n % 2 == 0 on BigInt)
def square(n: BigInt): BigInt = n * n

def expmod(base: BigInt, exp: Int, m: BigInt): BigInt = exp match {
  case 0 => BigInt(1)
  case _ if exp % 2 == 0 => square(expmod(base, exp / 2, m)) % m
  case _ => (base * expmod(base, exp - 1, m)) % m
}

def fermatPasses(n: Int): Boolean = (2 until n.min(20)).forall(a => expmod(a, n, n) == a)

for (n <- List(23, 561, 1105, 97, 100)) {
  println(s"$n fermat=${fermatPasses(n)} prime=${BigInt(n).isProbablePrime(20)}")
}
println(expmod(7, 560, 561) == BigInt(7).modPow(560, 561))
val p = BigInt(2).pow(61) - 1
println(s"$p ${p.isProbablePrime(30)} ${p.bitLength} bits")
println(BigInt(2).pow(64).toString(16))
println(BigInt("123456789123456789") gcd BigInt("987654321987654321"))
println(BigInt(-17) mod 5)
println(BigInt(-17) % 5)
println(List(BigInt(3), BigInt(-7), BigInt(2).pow(70)).sorted)
