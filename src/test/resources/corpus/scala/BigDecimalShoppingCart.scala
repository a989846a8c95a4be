// seen: alekslitvinenk/ecso CurrencyFormatUtils (value.setScale(2, RoundingMode.HALF_UP) as toCurrency) and suiryc-scala BigDecimals (import scala.math.BigDecimal.RoundingMode)
import scala.math.BigDecimal.RoundingMode

case class Item(name: String, category: String, price: BigDecimal, quantity: Int)

def toCurrency(value: BigDecimal): BigDecimal = value.setScale(2, RoundingMode.HALF_UP)

val cart = List(
  Item("pen", "office", BigDecimal("1.15"), 3),
  Item("notebook", "office", BigDecimal("2.49"), 2),
  Item("coffee", "food", BigDecimal("7.99"), 1),
  Item("tea", "food", BigDecimal("3.333"), 2))

val lines = cart.map(i => i.name -> i.price * i.quantity)
lines.foreach { case (name, total) => println(f"$name%-10s ${toCurrency(total)}%8s") }
val subtotal = lines.map(_._2).sum
println("subtotal " + subtotal)
val vat = toCurrency(subtotal * BigDecimal("0.2"))
println("vat " + vat)
println("total " + toCurrency(subtotal + vat))
val byCategory = cart.groupBy(_.category).map { case (c, items) => c -> items.map(i => i.price * i.quantity).sum }
println(byCategory.toList.sortBy(_._1))
println(BigDecimal("0.1") + BigDecimal("0.2") == BigDecimal("0.3"))
println(0.1 + 0.2 == 0.3)
println(toCurrency(BigDecimal(10) / 3))
