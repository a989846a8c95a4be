// seen: docs.scala-lang.org tour "By-name Parameters" (whileLoop with by-name condition) 
// expect-refused: curried parameter lists are not supported
def whileLoop(condition: => Boolean)(body: => Unit): Unit =
  if (condition) {
    body
    whileLoop(condition)(body)
  }
var i = 2
whileLoop(i > 0) {
  println(i)
  i -= 1
}
def twice(x: => Int) = x + x
println(twice({ i += 10; i }))
