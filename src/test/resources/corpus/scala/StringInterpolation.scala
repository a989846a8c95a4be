// seen: docs.scala-lang.org "String Interpolation" (s, f with %2.2f and %d, raw)
val name = "James"
val height = 1.9d
val age = 30
println(s"Hello, $name")
println(s"1 + 1 = ${1 + 1}")
println(f"$name%s is $height%2.2f meters tall")
println(f"$age%05d|$age%-5d|$age%x")
println(raw"a\nb")
println(s"${name.length} letters, ${if (age > 18) "adult" else "minor"}")
println("%s scored %.1f%%".format(name, 93.456))
