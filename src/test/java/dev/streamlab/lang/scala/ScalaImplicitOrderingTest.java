package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.lines;
import static dev.streamlab.lang.scala.ScalaRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

/** The program's implicit orderings and the Ordering factories, as Scala 2.13 sorts with them. */
class ScalaImplicitOrderingTest {

    @Test
    void implicitValOrderingIsUsedBySortedMaxMinAndSortBy() {
        assertThat(lines("""
                case class Player(name: String, score: Int)
                val players = List(Player("cy", 30), Player("bob", 50), Player("ann", 30))
                implicit val byScore: Ordering[Player] = Ordering.by(_.score)
                println(players.max.name)
                println(players.sorted.map(_.name))
                println(players.sorted(byScore.reverse).head)
                println(players.min)
                println(players.sortBy(identity).map(_.name))
                println(Ordering[Player].compare(players(0), players(1)))
                """)).containsExactly("bob", "List(cy, ann, bob)", "Player(bob,50)", "Player(cy,30)",
                "List(cy, ann, bob)", "-1");
    }

    @Test
    void implicitObjectExtendingOrderingIsUsedByItsCompare() {
        assertThat(run("""
                case class Player(name: String, score: Int)
                object Main {
                  implicit object ByName extends Ordering[Player] {
                    def compare(a: Player, b: Player): Int = a.name.compare(b.name)
                  }
                  def main(args: Array[String]): Unit = {
                    val players = List(Player("cy", 30), Player("bob", 50), Player("ann", 30))
                    println(players.sorted.map(_.name))
                    println(players.max.name)
                  }
                }
                """).out).containsExactly("List(ann, bob, cy)", "cy");
    }

    @Test
    void implicitDefAndLazyValOrderingsAreUsedToo() {
        assertThat(lines("""
                case class Job(id: Int, cost: Double)
                case class Task(name: String)
                implicit def byCost: Ordering[Job] = Ordering.by(_.cost)
                implicit lazy val byName: Ordering[Task] = Ordering.by(_.name)
                println(List(Job(1, 9.5), Job(2, 1.5)).min)
                println(List(Task("b"), Task("a")).sorted)
                """)).containsExactly("Job(2,1.5)", "List(Task(a), Task(b))");
    }

    @Test
    void anOrderingOfATraitSortsItsCaseClassesWhenPassedExplicitly() {
        assertThat(lines("""
                sealed trait Shape { def area: Double }
                case class Sq(s: Double) extends Shape { def area = s * s }
                case class Circ(r: Double) extends Shape { def area = 3 * r * r }
                object ShapeOrdering extends Ordering[Shape] { def compare(a: Shape, b: Shape) = a.area.compare(b.area) }
                val shapes = List[Shape](Sq(2), Circ(1), Sq(1))
                println(shapes.sorted(ShapeOrdering))
                println(shapes.max(ShapeOrdering))
                """)).containsExactly("List(Sq(1.0), Circ(1.0), Sq(2.0))", "Sq(2.0)");
    }

    @Test
    void anObjectExtendingOrderingHasReverseAndTheComparisons() {
        assertThat(lines("""
                case class Person(name: String, age: Int)
                object ByAge extends Ordering[Person] { def compare(a: Person, b: Person) = a.age.compare(b.age) }
                val ps = List(Person("a", 3), Person("b", 1), Person("c", 2))
                println(ps.sorted(ByAge.reverse).map(_.name))
                println(ByAge.lt(ps(1), ps(0)) + " " + ByAge.max(ps(0), ps(2)))
                """)).containsExactly("List(a, c, b)", "true Person(a,3)");
        assertThatThrownBy(() -> lines("""
                class Plain
                println(new Plain().max(1, 2))
                """)).isInstanceOf(LangException.class).hasMessageContaining("value max is not a member of Plain");
    }

    @Test
    void orderingFactoriesFromLessThanByAndReverse() {
        assertThat(lines("""
                val byLength = Ordering.fromLessThan[String](_.length < _.length)
                println(List("ccc", "a", "bb").sorted(byLength))
                println(List(3, 1, 2).sorted(Ordering[Int].reverse))
                println(List("bb", "a").sorted(Ordering.by[String, Int](_.length)))
                println(List((1, "b"), (1, "a"), (0, "c")).sorted)
                """)).containsExactly("List(a, bb, ccc)", "List(3, 2, 1)", "List(a, bb)", "List((0,c), (1,a), (1,b))");
    }

    @Test
    void withoutAnImplicitOrderingSortingAClassIsRefusedByName() {
        assertThatThrownBy(() -> run("""
                case class Player(name: String, score: Int)
                object Main {
                  def main(args: Array[String]): Unit = println(List(Player("a", 1), Player("b", 2)).max)
                }
                """)).isInstanceOf(LangException.class).hasMessageContaining("No implicit Ordering defined for Player");
    }
}
