// seen: docs.scala-lang.org tour "Generic Classes" (Stack[A] with a List, push/pop/peek)
class Stack[A] {
  private var elements: List[A] = Nil
  def push(x: A): Unit = elements = x :: elements
  def peek: A = elements.head
  def pop(): A = {
    val currentTop = peek
    elements = elements.tail
    currentTop
  }
  def size: Int = elements.size
}
val stack = new Stack[Int]
stack.push(1)
stack.push(2)
println(stack.pop())
println(stack.pop())
println(stack.size)
