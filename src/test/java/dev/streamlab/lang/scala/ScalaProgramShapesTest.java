package dev.streamlab.lang.scala;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScalaProgramShapesTest {

    @Test
    void seedStyleUpdateFunctionIsAFunctionValueOfTwoArguments() {
        List<Object> captured = new ArrayList<>();
        List<String> out = new ArrayList<>();
        CompiledProgram program = Dialect.SCALA.compile("""
                object QuickExample {
                  def main(args: Array[String]): Unit = {
                    keep(updateFunction)
                  }
                  def updateFunction(values: Seq[Int], runningCount: Option[Int]): Option[Int] = {
                    println(s"${values.mkString(",")} | $runningCount")
                    Some(values.length + runningCount.getOrElse(0))
                  }
                }
                """, "Q.scala", Map.of("keep", new dev.streamlab.lang.runtime.NativeFunction("keep", 1, a -> {
                    captured.add(a[0]);
                    return ScalaUnit.INSTANCE;
                })));
        program.run(new RunEnvironment(List.of(), sink(out)));
        LangFunction update = (LangFunction) captured.get(0);
        assertThat(update.arity()).isEqualTo(2);
        Object state = update.asBiFunction().apply(new dev.streamlab.engine.rdd.Buffer(
                dev.streamlab.engine.rdd.Buffer.Kind.ARRAY_BUFFER, List.of(1, 1)), Optional.of(3));
        assertThat(state).isEqualTo(Optional.of(5));
        assertThat(out).containsExactly("1,1 | Some(3)");
    }

    @Test
    void fragmentsSeeTheScaffoldsNames() {
        List<String> out = new ArrayList<>();
        CompiledProgram fragment = Dialect.SCALA.compile("""
                val words = lines.flatMap(_.split(" "))
                println(words.map((_, 1)))
                """, "Exercise.scala", Map.of("lines", ScalaSeq.list(List.of("a b", "c"))));
        fragment.run(new RunEnvironment(List.of(), sink(out)));
        assertThat(out).containsExactly("List((a,1), (b,1), (c,1))");
    }

    @Test
    void traitsClassesAndMethodsOnInstances() {
        assertThat(ScalaRunner.run("""
                trait Shape { def area: Double; def describe = "area " + area }
                class Square(side: Double) extends Shape { def area = side * side }
                class Counter { var n = 0; def inc(): Unit = { n += 1 } }
                object Main extends App {
                  println(new Square(2).describe)
                  val c = new Counter
                  c.inc(); c.inc()
                  println(c.n)
                  println(new Square(1).isInstanceOf[Shape] + " " + "x".isInstanceOf[Shape])
                }
                """).out).containsExactly("area 4.0", "2", "true false");
    }

    @Test
    void severalObjectsAndTopLevelHelpers() {
        assertThat(ScalaRunner.run("""
                package example
                import scala.collection.mutable
                object StreamingExamples {
                  def setStreamingLogLevels(): Unit = { println("quiet") }
                }
                object Main {
                  def main(args: Array[String]): Unit = {
                    StreamingExamples.setStreamingLogLevels()
                    val seen = mutable.Set[String]()
                    seen += "a"
                    seen += "a"
                    println(seen.size)
                  }
                }
                """).out).containsExactly("quiet", "1");
    }

    @Test
    void stringMethods() {
        assertThat(ScalaRunner.lines("""
                val s = "  Hello, World!  "
                println(s.trim.toLowerCase.replaceAll("[^a-z ]", ""))
                println("data.txt".stripSuffix(".txt") + " " + "abc".contains("b") + " " + "abc".charAt(1))
                println("42".toInt + "2.5".toDouble + " " + "7".toLong)
                println("a-b-c".split("-").mkString("|") + " " + "abc".reverse + " " + "abc".length)
                println("hello".filter(_ != 'l') + " " + "hello".count(_ == 'l') + " " + "Hi".map(_.toUpper))
                """)).containsExactly("hello world", "data true b", "44.5 7", "a|b|c cba 3", "heo 2 HI");
    }

    @Test
    void collectionMethodsStudentsReachFor() {
        assertThat(ScalaRunner.lines("""
                val xs = List(3, 1, 2, 3)
                println(xs.distinct.sorted.reverse)
                println(xs.filter(_ > 1).map(_ * 2).take(2))
                println(xs.zipWithIndex.head + " " + xs.zip(List("a", "b")))
                println(xs.exists(_ == 2) + " " + xs.forall(_ > 0) + " " + xs.count(_ == 3))
                println(xs.sortWith(_ > _) + " " + xs.sortBy(x => -x).headOption)
                println(xs.groupBy(_ % 2).toList.sortBy(_._1))
                println(xs.isEmpty + " " + xs.nonEmpty + " " + xs.size + " " + xs.last + " " + xs.min)
                println(List(List(1), List(2, 3)).flatten + " " + List(("a", 1)).toMap)
                println(1 :: List(2) ++ List(3) :+ 4)
                println(xs.foldLeft("")(_ + _) + " " + xs.reduceLeft(_ max _) + " " + xs.contains(9))
                """)).containsExactly("List(3, 2, 1)", "List(6, 4)", "(3,0) List((3,a), (1,b))", "true true 2",
                "List(3, 3, 2, 1) Some(3)", "List((0,List(2)), (1,List(3, 1, 3)))", "false true 4 3 1",
                "List(1, 2, 3) Map(a -> 1)", "List(1, 2, 3, 4)", "3123 3 false");
    }

    @Test
    void matchOnListsWithConsAndSequencePatterns() {
        assertThat(ScalaRunner.lines("""
                def first(xs: List[Int]): String = xs match {
                  case Nil => "empty"
                  case head :: Nil => "one " + head
                  case List(a, b, _*) => s"many $a $b"
                }
                println(first(Nil) + "; " + first(List(1)) + "; " + first(List(1, 2, 3)))
                val (a, b) = ("x", 2)
                println(a * b)
                val n @ Some(_) = Some(4)
                println(n)
                """)).containsExactly("empty; one 1; many 1 2", "xx", "Some(4)");
    }

    private static OutputSink sink(List<String> out) {
        return new OutputSink() {
            @Override
            public void out(String line) {
                out.add(line);
            }

            @Override
            public void err(String line) {
                out.add("ERR " + line);
            }
        };
    }

    @Test
    void libraryObjectsParameterlessMembersAreCalledWhenSelected() {
        assertThat(ScalaRunner.lines("""
                val text = \"\"\"a
                  |b\"\"\".stripMargin
                println(text.lines.toList)
                println(Int.MaxValue + " " + math.Pi.toInt)
                """)).containsExactly("List(a, b)", "2147483647 3");
    }

    @Test
    void aTaskCopyCountsOnItsOwnCopyOfCapturedVariables() {
        List<Object> captured = new ArrayList<>();
        CompiledProgram program = Dialect.SCALA.compile("""
                var counter = 0
                val seen = scala.collection.mutable.ArrayBuffer[Int]()
                keep((x: Int) => { counter += 1; seen += x; counter })
                """, "Closures.scala", Map.of("keep", new dev.streamlab.lang.runtime.NativeFunction("keep", 1, a -> {
                    captured.add(a[0]);
                    return ScalaUnit.INSTANCE;
                })));
        program.run(new RunEnvironment(List.of(), sink(new ArrayList<>())));
        LangFunction driver = (LangFunction) captured.get(0);
        LangFunction task = driver.taskCopy();
        assertThat(task.call1(7)).isEqualTo(1);
        assertThat(task.call1(8)).isEqualTo(2);
        assertThat(driver.call1(9)).isEqualTo(1);
        assertThat(driver.taskCopy().call1(10)).isEqualTo(2);
    }
}
