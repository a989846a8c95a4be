package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static dev.streamlab.lang.scala.ScalaRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Classes, objects and defs local to a def use the def's variables, as Scala closures do. */
class ScalaLocalClassTest {

    @Test
    void localClassMethodsAndLambdasReadTheEnclosingDefsVals() {
        assertThat(lines("""
                val base = 10
                class Adder(n: Int) { def add: Int = n + base; def each = List(1, 2).map(x => x + add) }
                println(new Adder(5).add)
                println(new Adder(5).each)
                """)).containsExactly("15", "List(16, 17)");
    }

    @Test
    void localObjectAndLocalDefReadTheEnclosingDefsVals() {
        assertThat(lines("""
                val base = 10
                object Doubler { def get = base * 2 }
                def plus(y: Int) = y + base
                println(Doubler.get)
                println(plus(1))
                """)).containsExactly("20", "11");
    }

    @Test
    void eachInstanceKeepsTheVariablesOfTheCallThatMadeIt() {
        assertThat(run("""
                object Main {
                  def makeCounter(start: Int) = {
                    var count = start
                    class Counter { val first = count; def next(): Int = { count += 1; count } }
                    new Counter
                  }
                  def main(args: Array[String]): Unit = {
                    val a = makeCounter(1)
                    val b = makeCounter(100)
                    println(a.next())
                    println(a.next())
                    println(b.next())
                    println(a.first)
                  }
                }
                """).out).containsExactly("2", "3", "101", "1");
    }

    @Test
    void localClassSeesLaterAssignmentsToACapturedVar() {
        assertThat(lines("""
                var prefix = ">"
                class Tag(s: String) { override def toString = prefix + s }
                val t = new Tag("x")
                println(t)
                prefix = ">>"
                println(t)
                """)).containsExactly(">x", ">>x");
    }

    @Test
    void overriddenToStringIsWhatPrintShows() {
        assertThat(lines("""
                case class Celsius(degrees: Double) { override def toString = s"$degrees°C" }
                class Point(x: Int, y: Int) { override def toString = s"<$x|$y>" }
                println(Celsius(21.5))
                println(List(new Point(1, 2)))
                println(s"at ${new Point(0, 0)}")
                """)).containsExactly("21.5°C", "List(<1|2>)", "at <0|0>");
    }
}
