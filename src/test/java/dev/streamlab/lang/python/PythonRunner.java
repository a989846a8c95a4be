package dev.streamlab.lang.python;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.RunEnvironment;
import java.util.ArrayList;
import java.util.List;

/** Compiles and runs Python source, capturing what it prints and how it ended. */
final class PythonRunner {

    final List<String> out = new ArrayList<>();
    final List<String> err = new ArrayList<>();
    int status;
    LangException error;

    static PythonRunner run(String source, String... args) {
        return run(source, Budget.defaults(), args);
    }

    static PythonRunner run(String source, Budget budget, String... args) {
        PythonRunner runner = new PythonRunner();
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
        try {
            CompiledProgram program = Dialect.PYTHON.compile(source, "main.py");
            runner.status = program.run(new RunEnvironment(List.of(args), sink, budget));
        } catch (LangException e) {
            runner.error = e;
        }
        return runner;
    }

    /** The printed lines of a program that must succeed. */
    static List<String> lines(String source) {
        PythonRunner runner = run(source);
        if (runner.error != null) {
            throw runner.error;
        }
        return runner.out;
    }

    /** The message of the error that ended a program. */
    static String error(String source) {
        PythonRunner runner = run(source);
        if (runner.error == null) {
            throw new AssertionError("expected an error, printed " + runner.out);
        }
        return runner.error.message(java.util.Locale.ENGLISH);
    }
}
