// seen: docs.scala-lang.org tour "For Comprehensions" (yield with guards, nested generators, until)
case class User(name: String, age: Int)
val userBase = List(User("Travis", 28), User("Kelly", 33), User("Jennifer", 44), User("Dennis", 23))
val twentySomethings = for (user <- userBase if user.age >= 20 && user.age < 30) yield user.name
twentySomethings.foreach(println)

def foo(n: Int, v: Int) =
  for (i <- 0 until n; j <- 0 until n if i + j == v) yield (i, j)
foo(10, 10).take(3) foreach { case (i, j) => println(s"($i, $j) ") }
println((for (x <- 1 to 3; y <- List("a", "b")) yield s"$x$y").mkString(","))
