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
 * {@code ScalaMutableHashOrderTest}). Known differences: {@code lazy val} is evaluated eagerly; Scala iterators are
 * plain sequences; a def with an empty parameter list named bare where Scala expects a function
 * ({@code getOrCreate(dir, createContext)}) is called, not eta-expanded, so after a restart its side effects happen
 * before the context is recovered (write {@code createContext _} or {@code () => createContext()}, as the lessons do).
 */
package dev.streamlab.lang.scala;
