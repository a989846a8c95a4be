/**
 * The Scala dialect's semantics and library ({@link dev.streamlab.lang.scala.ScalaSemantics}): values
 * (Int/Long/Double/Boolean/Char/String as Java boxes, tuples as {@link dev.streamlab.engine.Tuple},
 * {@code Option} as {@link java.util.Optional}, sequences as {@link dev.streamlab.lang.scala.ScalaSeq}, maps and sets
 * as {@link dev.streamlab.lang.scala.ScalaMap}/{@link dev.streamlab.lang.scala.ScalaSet}, case classes as
 * {@link dev.streamlab.lang.runtime.Instance}), printing as Scala 2.13 on the JVM
 * ({@link dev.streamlab.lang.scala.ScalaPrinter}), operators with JVM arithmetic, and the methods and names
 * lessons use ({@code SURFACE.md} in this package, generated from scala-library, lists per type what Scala declares,
 * what the dialect provides and what it refuses by name). Hash maps and sets iterate as Scala 2.13's do: immutable
 * ones in hash-trie order, mutable ones in their hash table's order (pinned against scala-library by
 * {@code ScalaMutableHashOrderTest}). The parser lowers some forms as scalac does: {@code lazy val} to a hidden value,
 * flag and parameterless def; later parameter lists to functions the def returns, by-name parameters to functions
 * called at each use, an {@code implicit} {@code Ordering[T]} list to parameters defaulting to {@code Ordering[T]}.
 * The program's {@code implicit val}/{@code object} orderings ({@link dev.streamlab.lang.scala.ScalaImplicitOrderings})
 * and {@code String.r} ({@link dev.streamlab.lang.scala.ScalaRegex}, java.util.regex as Scala's) are library values.
 * Known differences: an implicit ordering applies to its type from the moment its definition runs, not by lexical
 * scope (the latest defined for a type wins, where scalac would report an ambiguity), Spark's {@code sortByKey}
 * and {@code top} included; implicit parameters of types other than
 * {@code Ordering} are dropped; an object extending {@code Ordering} gets {@code reverse} and the comparisons from
 * its {@code compare}, not the rest of {@code Ordering}; a local
 * object is made once per run, not per call; an iterator's collection methods read it without using it up (only
 * {@code next()} does); a def with an empty parameter list named bare where Scala expects a function
 * ({@code getOrCreate(dir, createContext)}) is called, not eta-expanded, so after a restart its side effects happen
 * before the context is recovered (write {@code createContext _} or {@code () => createContext()}, as the lessons do).
 */
package dev.streamlab.lang.scala;
