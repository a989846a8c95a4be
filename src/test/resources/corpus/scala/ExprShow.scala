// seen: abdulrahman86/ScalaProject src/week3/polymorphism/PatternMatching.sc (Expr/Number/Sum show, addList on ::)
object ExprShow {
  trait Expr
  case class Number(n: Int) extends Expr
  case class Sum(op1: Expr, op2: Expr) extends Expr

  def show(expr: Expr): String = expr match {
    case Number(n) => n.toString()
    case Sum(x, y) => "(+ " + show(x) + " " + show(y) + ")"
  }

  def addList(x: List[Int]): Int = x match {
    case y :: Nil => y
    case y :: xs => y + addList(xs)
  }

  def main(args: Array[String]): Unit = {
    println(show(Sum(Sum(Number(3), Number(4)), Number(2))))
    println(addList(1 :: 2 :: 3 :: 4 :: 5 :: Nil))
  }
}
