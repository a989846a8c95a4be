package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Program;
import java.util.Map;

/**
 * A program ready to run any number of times: resolved and compiled once, each {@link #run} gets fresh globals.
 * Running executes the top-level code (a Python module, Scala top-level statements of a fragment), then a Scala
 * program's main object: {@code object X extends App} runs its body, {@code object X { def main(args) }} its main.
 */
public final class CompiledProgram {

    private final Program program;
    private final DialectSemantics semantics;
    private final HostRegistry registry;
    private final CodeNode body;
    private final int topSlots;
    private final int[] topCells;
    private final Object[] initialGlobals;
    private final ClassCode mainObject;
    private final int mainSlot;

    CompiledProgram(Program program, DialectSemantics semantics, HostRegistry registry, CodeNode body, int topSlots,
            int[] topCells, Object[] initialGlobals, ClassCode mainObject, int mainSlot) {
        this.program = program;
        this.semantics = semantics;
        this.registry = registry;
        this.body = body;
        this.topSlots = topSlots;
        this.topCells = topCells;
        this.initialGlobals = initialGlobals;
        this.mainObject = mainObject;
        this.mainSlot = mainSlot;
    }

    /**
     * Resolves and compiles a parsed program. {@code predefined} names (an exercise scaffold's {@code ssc},
     * {@code lines}) are visible everywhere; a value that is {@link PerRun} is resolved when each run starts.
     * Errors are {@link LangException}s located in the program's source.
     */
    public static CompiledProgram compile(Program program, DialectSemantics semantics, HostRegistry registry,
            Map<String, Object> predefined) {
        try {
            Resolver resolver = new Resolver(program, registry, predefined);
            resolver.resolve();
            return new Compiler(program, resolver, semantics, registry).compile();
        } catch (LangException e) {
            throw e.locatedIn(program.fileName(), program.source());
        }
    }

    public Language language() {
        return program.language();
    }

    public String fileName() {
        return program.fileName();
    }

    /** The program's text, for errors that point into it. */
    public String source() {
        return program.source();
    }

    /**
     * Runs the program to its end and returns its exit status (0, or what {@code System.exit}/{@code sys.exit}
     * gave). An error the program does not handle, a sandbox limit or an uncaught exception ends it with a
     * {@link LangException} pointing at its line; what was printed before stays printed.
     */
    public int run(RunEnvironment environment) {
        Object[] restarted = environment.globalsOfRestarted(this);
        RunContext context = new RunContext(environment, semantics, registry,
                restarted != null ? restarted : new Object[initialGlobals.length], program.fileName());
        environment.ranIn(this, context);
        Budget budget = environment.budget();
        try {
            initializeGlobals(context);
            Frame top = new Frame(topSlots, Closure.NO_CELLS, null, context.globals, context, null);
            for (int slot : topCells) {
                top.slots[slot] = new Cell(null);
            }
            body.eval(top);
            if (mainObject != null) {
                runMain(context);
            }
            return 0;
        } catch (ProgramExit exit) {
            return exit.status();
        } catch (ProgramHalt halt) {
            throw halt;
        } catch (GuestException uncaught) {
            throw uncaught(uncaught);
        } catch (LangException error) {
            throw error.locatedIn(program.fileName(), program.source());
        } catch (ControlSignal signal) {
            return 0;
        } catch (StackOverflowError overflow) {
            throw new LangException("lang.budget.depth", null, "?", Budget.DEFAULT_DEPTH)
                    .locatedIn(program.fileName(), program.source());
        } catch (RuntimeException escaped) {
            throw uncaught(semantics.fromJava(escaped));
        } finally {
            budget.resetDepth();
            context.console().flush();
        }
    }

    /** The exception as the program's run would end with it: JVM/CPython text plus the line it came from. */
    public LangException uncaught(GuestException uncaught) {
        Position where = uncaught.position();
        return new LangException("lang.uncaught", where, semantics.uncaughtMessage(uncaught.value()))
                .locatedIn(program.fileName(), program.source());
    }

    /** A Java exception that escaped a host call, as the program's language reports an uncaught one. */
    public LangException uncaught(RuntimeException escaped) {
        return uncaught(semantics.fromJava(escaped));
    }

    private void initializeGlobals(RunContext context) {
        for (int i = 0; i < initialGlobals.length; i++) {
            Object initial = initialGlobals[i];
            if (initial instanceof ClassCode code) {
                context.globals[i] = new ClassValue(code, context);
            } else if (initial instanceof PerRun perRun) {
                context.globals[i] = perRun.resolve(context);
            } else {
                context.globals[i] = initial;
            }
        }
    }

    private void runMain(RunContext context) {
        Object object = context.globals[mainSlot];
        Instance instance = object instanceof ClassValue pending ? pending.initializeObject(context.globals, mainSlot)
                : (Instance) object;
        FunctionCode main = mainObject.method("main");
        if (main != null) {
            Closure bound = new Closure(main, Closure.NO_CELLS, instance, context, null, null);
            Object args = semantics.programArguments(context.args());
            if (main.paramNames.length == 0) {
                bound.call(new Object[0]);
            } else {
                bound.call(new Object[] {args});
            }
        }
    }
}
