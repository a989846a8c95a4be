/**
 * The Scala dialect's semantics and library ({@link dev.streamlab.lang.scala.ScalaSemantics}): values
 * (Int/Long/Double/Boolean/Char/String as Java boxes, tuples as {@link dev.streamlab.engine.Tuple},
 * {@code Option} as {@link java.util.Optional}, sequences as {@link dev.streamlab.lang.scala.ScalaSeq}, maps and sets
 * as {@link dev.streamlab.lang.scala.ScalaMap}/{@link dev.streamlab.lang.scala.ScalaSet}, case classes as
 * {@link dev.streamlab.lang.runtime.Instance}), printing as Scala 2.13 on the JVM
 * ({@link dev.streamlab.lang.scala.ScalaPrinter}), operators with JVM arithmetic, and the methods and names
 * lessons use. Known differences: immutable maps and sets with more than four entries keep insertion order rather
 * than Scala's hash order; {@code lazy val} is evaluated eagerly; a bare reference to a parameterless def calls it
 * (so {@code f _} of such a def gives its value, not a function).
 */
package dev.streamlab.lang.scala;
