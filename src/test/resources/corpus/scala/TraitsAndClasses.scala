// seen: docs.scala-lang.org tour "Traits" and "Classes" (Iterator trait, class with private var and getters)
trait Greeter {
  def greet(name: String): Unit = println("Hello, " + name + "!")
}
class DefaultGreeter extends Greeter
class CustomizableGreeter(prefix: String, postfix: String) extends Greeter {
  override def greet(name: String): Unit = println(prefix + name + postfix)
}
class Point(var x: Int = 0, var y: Int = 0) {
  def move(dx: Int, dy: Int): Unit = { x = x + dx; y = y + dy }
  override def toString: String = s"($x, $y)"
}
new DefaultGreeter().greet("Scala developer")
new CustomizableGreeter("How are you, ", "?").greet("Scala developer")
val p = new Point(1, 2)
p.move(2, 3)
println(p)
println(new Point(y = 7))
