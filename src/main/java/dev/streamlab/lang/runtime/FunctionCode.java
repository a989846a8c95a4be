package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.ParamKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of a def, lambda, method or class body: frame size, how arguments land in slots, which slots
 * hold captured cells, and the body. Shared by every closure made from it; holds no per-run state.
 */
final class FunctionCode {

    final String name;
    final CodeSite site;
    final DialectSemantics semantics;
    final int slotCount;
    final String[] paramNames;
    final ParamKind[] paramKinds;
    final int[] paramSlots;
    final boolean[] paramCells;
    final int[] cellSlots;
    final boolean isDef;
    final boolean packsArguments;
    CodeNode[] defaults;
    CodeNode body;
    /** A generator function's body, run a yield at a time. */
    GeneratorNodes.Resumable resumable;
    /**
     * A method of a local Scala class that uses locals of the enclosing def: its class, and per captured cell the
     * index of that cell among the class's ({@link Instance#bind}); null for every other function.
     */
    ClassCode declaringClass;
    int[] classCells;
    /** Per parameter, the declared type's conversion (null entries: none). */
    UnaryOperation[] coercions;
    UnaryOperation resultCoercion;
    /** For a pattern-matching anonymous function: its cases, so {@code isDefinedAt} can test them. */
    ControlNodes.Case[] cases;
    /** Python locals that start unassigned (reading one is an UnboundLocalError). */
    int[] unassignedSlots = new int[0];
    private final int regularCount;
    private final int varargsIndex;
    private final int kwargsIndex;
    private final boolean simple;

    FunctionCode(String name, CodeSite site, DialectSemantics semantics, int slotCount, String[] paramNames,
            ParamKind[] paramKinds, int[] paramSlots, boolean[] paramCells, int[] cellSlots, boolean isDef,
            boolean packsArguments) {
        this.name = name;
        this.site = site;
        this.semantics = semantics;
        this.slotCount = slotCount;
        this.paramNames = paramNames;
        this.paramKinds = paramKinds;
        this.paramSlots = paramSlots;
        this.paramCells = paramCells;
        this.cellSlots = cellSlots;
        this.isDef = isDef;
        this.packsArguments = packsArguments;
        this.varargsIndex = indexOf(ParamKind.VARARGS);
        this.kwargsIndex = indexOf(ParamKind.KWARGS);
        int regular = 0;
        for (ParamKind kind : paramKinds) {
            if (kind == ParamKind.REGULAR) {
                regular++;
            }
        }
        this.regularCount = regular;
        this.simple = varargsIndex < 0 && kwargsIndex < 0 && !packsArguments && indexOf(ParamKind.KEYWORD_ONLY) < 0;
    }

    private int indexOf(ParamKind kind) {
        for (int i = 0; i < paramKinds.length; i++) {
            if (paramKinds[i] == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The number of arguments a caller must pass, or -1 when it varies. */
    int arity() {
        if (packsArguments || !simple) {
            return -1;
        }
        if (defaults != null) {
            for (CodeNode d : defaults) {
                if (d != null) {
                    return -1;
                }
            }
        }
        return paramNames.length;
    }

    Frame newFrame(Closure closure, Object self) {
        RunContext context = closure.context;
        Frame frame = new Frame(slotCount, closure.captured, self, context.globals, context, isDef ? null
                : closure.home);
        for (int slot : cellSlots) {
            frame.slots[slot] = new Cell(null);
        }
        for (int slot : unassignedSlots) {
            frame.slots[slot] = VariableNodes.UNSET;
        }
        return frame;
    }

    void store(Frame frame, int param, Object given) {
        int slot = paramSlots[param];
        Object value = coercions != null && coercions[param] != null ? coercions[param].apply(given) : given;
        if (paramCells[param]) {
            frame.slots[slot] = new Cell(value);
        } else {
            frame.slots[slot] = value;
        }
    }

    /** Fast path: exactly as many positional arguments as plain parameters. */
    boolean acceptsDirectly(int argumentCount) {
        return simple && argumentCount == paramNames.length;
    }

    Object invoke(Closure closure, Object self, Object[] args) {
        Frame frame = newFrame(closure, self);
        if (acceptsDirectly(args.length)) {
            for (int i = 0; i < args.length; i++) {
                store(frame, i, args[i]);
            }
        } else if (packsArguments) {
            frame.slots[0] = args.length == 1 ? args[0] : semantics.tuple(args);
        } else {
            bind(frame, closure, args, new String[0], new Object[0]);
        }
        return execute(frame);
    }

    /** Whether a case of a pattern-matching anonymous function matches (guards run, bodies do not). */
    boolean isDefinedAt(Closure closure, Object argument) {
        if (cases == null) {
            return true;
        }
        Frame frame = newFrame(closure, closure.self);
        frame.slots[0] = argument;
        for (ControlNodes.Case c : cases) {
            if (c.pattern().match(argument, frame)
                    && (c.guard() == null || semantics.isTruthy(c.guard().eval(frame)))) {
                return true;
            }
        }
        return false;
    }

    Object invokeWithKeywords(Closure closure, Object self, Object[] positional, String[] names, Object[] values) {
        Frame frame = newFrame(closure, self);
        bind(frame, closure, positional, names, values);
        return execute(frame);
    }

    private void bind(Frame frame, Closure closure, Object[] positional, String[] names, Object[] values) {
        Object[] bound = new Object[paramNames.length];
        boolean[] given = new boolean[paramNames.length];
        int next = 0;
        List<Object> extra = new ArrayList<>();
        for (Object arg : positional) {
            while (next < paramNames.length && paramKinds[next] != ParamKind.REGULAR) {
                next++;
            }
            if (next < paramNames.length && (varargsIndex < 0 || next < varargsIndex)) {
                bound[next] = arg;
                given[next] = true;
                next++;
            } else if (varargsIndex >= 0) {
                extra.add(arg);
            } else {
                throw semantics.argumentMismatch(name, "too many positional arguments: expected " + regularCount
                        + ", got " + positional.length);
            }
        }
        Map<String, Object> extraKeywords = new LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            int index = Arrays.asList(paramNames).indexOf(names[k]);
            if (index >= 0 && (paramKinds[index] == ParamKind.REGULAR
                    || paramKinds[index] == ParamKind.KEYWORD_ONLY)) {
                if (given[index]) {
                    throw semantics.argumentMismatch(name, "got multiple values for argument '" + names[k] + "'");
                }
                bound[index] = values[k];
                given[index] = true;
            } else if (kwargsIndex >= 0) {
                extraKeywords.put(names[k], values[k]);
            } else {
                throw semantics.argumentMismatch(name, "got an unexpected keyword argument '" + names[k] + "'");
            }
        }
        for (int i = 0; i < paramNames.length; i++) {
            if (paramKinds[i] == ParamKind.VARARGS) {
                store(frame, i, semantics.varargs(extra));
            } else if (paramKinds[i] == ParamKind.KWARGS) {
                store(frame, i, semantics.keywordArgs(extraKeywords));
            } else if (given[i]) {
                store(frame, i, bound[i]);
            } else if (closure.defaults != null && closure.defaults[i] != Closure.NO_DEFAULT) {
                store(frame, i, closure.defaults[i]);
            } else if (defaults != null && defaults[i] != null) {
                store(frame, i, defaults[i].eval(frame));
            } else {
                throw semantics.argumentMismatch(name, "missing argument '" + paramNames[i] + "'");
            }
        }
    }

    Object execute(Frame frame) {
        Budget budget = frame.context.budget();
        budget.enter(site);
        try {
            if (resumable != null) {
                return semantics.generator(name, new GeneratorRun(frame, resumable, site));
            }
            Object result = body.eval(frame);
            return resultCoercion == null ? result : resultCoercion.apply(result);
        } catch (ControlSignal.Return signal) {
            if (signal.home != frame) {
                throw signal;
            }
            return resultCoercion == null ? signal.value : resultCoercion.apply(signal.value);
        } catch (StackOverflowError overflow) {
            throw budget.recursionTooDeep(site);
        } finally {
            budget.exit();
        }
    }
}
