package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.ScalaRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

/** Imports from the program's own objects and companions, as scalac resolves them. */
class ScalaObjectImportsTest {

    @Test
    void wildcardNamedAndRenamedImportsReadTheObjectsMembers() {
        assertThat(run("""
                object Shapes {
                  val unit = 1.0
                  def square(x: Double) = x * x
                }
                object IdFactory {
                  private var counter = 0
                  def create(): Int = { counter += 1; counter }
                }
                object Main {
                  import Shapes._
                  def main(args: Array[String]): Unit = {
                    println(square(3) + unit)
                    import Shapes.{square => sq}
                    println(sq(2))
                    import IdFactory.create
                    println(create() + create())
                  }
                }
                """).out).containsExactly("10.0", "4.0", "3");
    }

    @Test
    void caseClassImportsItsCompanionsPrivateHelperAndIsBuiltWithoutNew() {
        assertThat(run("""
                case class Circle(radius: Double) {
                  import Circle._
                  def area: Double = calculateArea(radius)
                }
                object Circle {
                  private def calculateArea(radius: Double): Double = math.Pi * math.pow(radius, 2.0)
                  def unit = Circle(1.0)
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    println(f"${Circle(5.0).area}%.2f")
                    println(Circle.unit)
                  }
                }
                """).out).containsExactly("78.54", "Circle(1.0)");
    }

    @Test
    void importingAnObjectsImplicitOrderingPutsItInPlace() {
        assertThat(run("""
                case class Employee(name: String, age: Int)
                object AlphabeticOrdering {
                  implicit val alphabetic: Ordering[Employee] = Ordering.fromLessThan((a, b) => a.name < b.name)
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    import AlphabeticOrdering.alphabetic
                    println(List(Employee("Amy", 34), Employee("Al", 2)).sorted.map(_.name))
                  }
                }
                """).out).containsExactly("List(Al, Amy)");
    }

    @Test
    void importingAMemberTheObjectLacksIsRefusedWithItsName() {
        assertThatThrownBy(() -> run("""
                object Shapes { def square(x: Double) = x * x }
                object Main {
                  import Shapes.cube
                  def main(args: Array[String]): Unit = println(1)
                }
                """)).isInstanceOf(LangException.class).hasMessageContaining("Shapes.cube");
    }
}
