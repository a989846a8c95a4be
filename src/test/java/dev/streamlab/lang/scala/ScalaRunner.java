package dev.streamlab.lang.scala;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.RunEnvironment;
import java.util.ArrayList;
import java.util.List;

/** Compiles and runs Scala source, capturing what it prints. */
final class ScalaRunner {

    final List<String> out = new ArrayList<>();
    final List<String> err = new ArrayList<>();
    int status;

    static ScalaRunner run(String source, String... args) {
        return run(source, Budget.defaults(), args);
    }

    static ScalaRunner run(String source, Budget budget, String... args) {
        ScalaRunner runner = new ScalaRunner();
        CompiledProgram program = Dialect.SCALA.compile(source, "Main.scala");
        OutputSink sink = new OutputSink() {
            @Override
            public void out(String line) {
                runner.out.add(line);
            }

            @Override
            public void err(String line) {
                runner.err.add(line);
            }
        };
        runner.status = program.run(new RunEnvironment(List.of(args), sink, budget));
        return runner;
    }

    /** Runs statements inside a main method. */
    static List<String> lines(String body) {
        return run("object Main {\n  def main(args: Array[String]): Unit = {\n" + body + "\n  }\n}\n").out;
    }
}
