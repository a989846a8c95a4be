package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Scala's BigInt and BigDecimal; each expected output is what the program compiled by scalac 2.13.17 printed. */
class ScalaBigNumbersTest {

    @Test
    void aDeclaredBigIntWidensAnIntSoAFactorialDoesNotOverflow() {
        assertThat(lines("""
                def factorial(n: Int): BigInt = {
                  def loop(acc: BigInt, n: Int): BigInt = if (n == 0) acc else loop(acc * n, n - 1)
                  loop(1, n)
                }
                println(factorial(20))
                println(factorial(30))
                val zero: BigInt = 0
                println(zero + 1)
                def fib(n: Int): BigInt = if (n < 2) n else fib(n - 1) + fib(n - 2)
                println(fib(20))
                """)).containsExactly("2432902008176640000", "265252859812191058636308480000000", "1", "6765");
    }

    @Test
    void bigIntArithmeticMixesWithIntAndLongOnEitherSide() {
        assertThat(lines("""
                println(BigInt(2).pow(100))
                println(-BigInt(7) % 3)
                println(BigInt(-7) mod 3)
                println(BigInt(-7) / 2)
                println(2 * BigInt(3) + 1L)
                println(BigInt(10) > 3)
                println(BigInt(5) max 3)
                println(BigInt(12) gcd 18)
                println(BigInt(-5).abs)
                println(BigInt(7).isProbablePrime(10))
                """)).containsExactly("1267650600228229401496703205376", "-1", "2", "-3", "7", "true", "5", "6", "5",
                "true");
    }

    @Test
    void bigIntEqualsAnEqualIntOrDoubleAsScalasCooperativeEqualityDoes() {
        assertThat(lines("""
                println(BigInt(1) == 1)
                println(1 == BigInt(1))
                println(BigInt(1) == 1.0)
                println(BigInt(2) != 2L)
                """)).containsExactly("true", "true", "true", "false");
    }

    @Test
    void bigIntConvertsAndParsesWithARadix() {
        assertThat(lines("""
                println(BigInt(255).toString(16))
                println(BigInt("ff", 16))
                val huge = BigInt("123456789012345678901234567890")
                println(huge.toLong)
                println(huge.toInt)
                println(huge.toDouble)
                val x: Any = BigInt(3)
                x match { case b: BigInt => println("big " + b); case _ => println("other") }
                """)).containsExactly("ff", "255", "-4362896299872285998", "1312754386", "1.2345678901234568E29",
                "big 3");
    }

    @Test
    void collectionsOfBigIntSumSortAndHashAsScalaDoes() {
        assertThat(lines("""
                val xs = List(BigInt(3), BigInt(1), BigInt(2))
                println(xs.sorted)
                println(xs.sum)
                println(xs.product)
                println(xs.max)
                println(Map(BigInt(1) -> "a", BigInt(2) -> "b", BigInt("100000000000000000000") -> "c", BigInt(4) -> "d",
                  BigInt(5) -> "e"))
                println(Set(BigInt(10), BigInt(20), BigInt(30), BigInt(40), BigInt(50), BigInt("99999999999999999999")))
                val huge = BigInt("100000000000000000000")
                println(huge.## + " " + huge.hashCode + " " + BigInt(5).## + " " + BigInt(5000000000L).##)
                """)).containsExactly("List(1, 2, 3)", "6", "6", "3",
                "HashMap(5 -> e, 100000000000000000000 -> c, 1 -> a, 2 -> b, 4 -> d)",
                "HashSet(10, 20, 50, 40, 30, 99999999999999999999)", "1882487352 1882487352 5 705032705");
    }

    @Test
    void bigIntPrintsInInterpolationsAndFormats() {
        assertThat(lines("""
                val f = BigInt(2432902008176640000L)
                println(f"$f%d and ${BigInt(42)}%5d")
                println(s"big $f")
                println("%d!".format(BigInt(7)))
                """)).containsExactly("2432902008176640000 and    42", "big 2432902008176640000", "7!");
    }

    @Test
    void bigDecimalComputesInThirtyFourDigitsAndPrintsAsScala() {
        assertThat(lines("""
                println(BigDecimal("1.10") + BigDecimal("2.205"))
                println(BigDecimal(1) / 3)
                println(BigDecimal(0.1) + 0.2)
                println(BigDecimal(2.675).setScale(2, BigDecimal.RoundingMode.HALF_UP))
                println(BigDecimal("1.0") == BigDecimal("1.00"))
                println(BigDecimal(2) == 2)
                println(BigDecimal("19.99") * 3)
                println(List(BigDecimal("0.10"), BigDecimal("0.20")).sum)
                println(BigDecimal(10).pow(40))
                println(BigDecimal("1e3"))
                println(-BigDecimal("2.5"))
                println(BigDecimal("2.50").toDouble)
                """)).containsExactly("3.305", "0.3333333333333333333333333333333333", "0.3", "2.68", "true", "true",
                "59.97", "0.30", "1.000000000000000000000000000000000E+40", "1E+3", "-2.5", "2.5");
    }

    @Test
    void aBigIntDefaultCompoundAssignmentAndShiftsStayBig() {
        assertThat(lines("""
                def fact(n: Int, acc: BigInt = 1): BigInt = if (n <= 1) acc else fact(n - 1, acc * n)
                println(fact(25))
                println((1 to 25).foldLeft(BigInt(1))(_ * _))
                var acc: BigInt = 1
                for (i <- 1 to 22) acc *= i
                println(acc)
                println(BigInt(1) << 70)
                println(BigInt(1000) >> 3)
                println(BigInt(6) & 3)
                println(BigInt(2).pow(64).toString.map(_.asDigit).sum)
                """)).containsExactly("15511210043330985984000000", "15511210043330985984000000",
                "1124000727777607680000", "1180591620717411303424", "125", "2", "88");
    }

    @Test
    void bigDecimalMoneySumsRoundAndSortAsScala() {
        assertThat(lines("""
                val amounts = List(BigDecimal("10.25"), BigDecimal("3.10"), BigDecimal("0.65"))
                println(amounts.sum)
                println((amounts.sum * BigDecimal("1.2")).setScale(2, BigDecimal.RoundingMode.HALF_EVEN))
                println(amounts.max)
                println(amounts.sorted)
                println(f"${amounts.sum}%.1f")
                println(BigDecimal(3) / BigDecimal(4))
                println(BigDecimal("7") % 3)
                println(BigDecimal(1.5).toInt)
                """)).containsExactly("14.00", "16.80", "10.25", "List(0.65, 3.10, 10.25)", "14.0", "0.75", "1", "1");
    }

    @Test
    void bigDecimalsHashAsScalaSoTheirSetsPrintInScalasOrder() {
        assertThat(lines("""
                val xs = List(BigDecimal("1.5"), BigDecimal("2"), BigDecimal("0.1"),
                  BigDecimal("3.14159265358979323846264338327950"), BigDecimal("100.00"), BigDecimal("1e40"),
                  BigDecimal("0"), BigDecimal("-2.50"))
                println(xs.map(_.##).mkString(" "))
                println(xs.toSet)
                """)).containsExactly("1069547520 2 -1507852285 -883613877 100 450886885 0 -1071644672",
                "HashSet(1.5, 3.14159265358979323846264338327950, 2, 0.1, -2.50, 100.00, 1E+40, 0)");
    }

    @Test
    void bigIntDividesWithRemainderAndHasNoIntRange() {
        assertThat(lines("""
                println(BigInt(17) /% 5)
                println(~BigInt(5))
                println(BigDecimal("3.0").isValidInt)
                println(BigDecimal("3.5").isValidInt)
                """)).containsExactly("(3,2)", "-6", "true", "false");
        assertThatThrownBy(() -> lines("println(BigInt(1) to 5)")).isInstanceOfSatisfying(LangException.class,
                e -> assertThat(e.message(Locale.ENGLISH)).isEqualTo("BigInt.to is not available in the lab"));
    }

    @Test
    void aVarDeclaredBigIntOrDoubleWidensEveryValueAssignedLater() {
        assertThat(lines("""
                var acc: BigInt = 1
                acc = 2
                for (i <- 1 to 30) acc = acc * i
                println(acc)
                var d: Double = 1
                d = 2
                println(d)
                import scala.collection.mutable.ArrayBuffer
                val memo = ArrayBuffer.fill[BigInt](3)(-1)
                memo(1) = BigInt(2).pow(70)
                println(memo)
                println(memo(1) != -1)
                """)).containsExactly("530505719624382117272616960000000", "2.0",
                "ArrayBuffer(-1, 1180591620717411303424, -1)", "true");
    }
}
