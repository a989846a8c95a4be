// seen: Programming in Scala ch.15 "Case Classes and Pattern Matching" (nested constructor patterns, variable binding @)
abstract class Expr
case class Var(name: String) extends Expr
case class Num(number: Double) extends Expr
case class UnOp(operator: String, arg: Expr) extends Expr
case class BinOp(operator: String, left: Expr, right: Expr) extends Expr

def simplifyTop(expr: Expr): Expr = expr match {
  case UnOp("-", UnOp("-", e)) => e
  case BinOp("+", e, Num(0)) => e
  case BinOp("*", e, Num(1)) => e
  case _ => expr
}

def describe(expr: Expr): String = expr match {
  case UnOp("abs", e @ UnOp("abs", _)) => "double abs of " + e
  case BinOp(op, Var(a), Var(b)) if a == b => s"$a $op itself"
  case _ => "other"
}

println(simplifyTop(UnOp("-", UnOp("-", Var("x")))))
println(simplifyTop(BinOp("+", Var("y"), Num(0))))
println(simplifyTop(BinOp("*", Num(2.5), Num(1))))
println(describe(UnOp("abs", UnOp("abs", Var("z")))))
println(describe(BinOp("+", Var("x"), Var("x"))))
