// seen: beginner Scala course (while loop, var accumulator, do-while replaced by while)
var i = 0
var total = 0
while (i < 10) {
  if (i % 3 == 0) total += i
  i += 1
}
println(total)
var n = 27
var steps = 0
while (n != 1) {
  n = if (n % 2 == 0) n / 2 else 3 * n + 1
  steps += 1
}
println(s"collatz steps: $steps")
