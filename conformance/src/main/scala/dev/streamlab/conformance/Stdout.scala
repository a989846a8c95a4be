package dev.streamlab.conformance

import java.io.{FileDescriptor, FileOutputStream, OutputStream, PrintStream}
import java.nio.charset.StandardCharsets

/**
 * The process's stdout as UTF-8, redirectable: Spark's `print()` writes through Scala's `Console.out`, which
 * captures `System.out` once, when first used. Installing this before anything prints lets one runner process send
 * each run's output to its own golden file.
 */
final class Stdout private (terminal: OutputStream) extends OutputStream {

  @volatile private var target: OutputStream = terminal

  val stream: PrintStream = new PrintStream(this, true, StandardCharsets.UTF_8)

  def redirect(to: OutputStream): Unit = {
    stream.flush()
    target = to
  }

  def restore(): Unit = redirect(terminal)

  override def write(b: Int): Unit = target.write(b)

  override def write(b: Array[Byte], off: Int, len: Int): Unit = target.write(b, off, len)

  override def flush(): Unit = target.flush()
}

object Stdout {

  def install(): Stdout = {
    val stdout = new Stdout(new FileOutputStream(FileDescriptor.out))
    System.setOut(stdout.stream)
    if (!(Console.out eq stdout.stream)) throw new IllegalStateException("scala.Console was used before Stdout.install")
    stdout
  }
}
