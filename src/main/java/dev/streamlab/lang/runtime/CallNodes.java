package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Calls, member access and object creation. */
final class CallNodes {

    private static final Object[] NO_ARGS = new Object[0];

    /**
     * One inline-cache entry: the receiver type last seen and what it resolved to. Kept in a single immutable object
     * so that a program run from several threads never pairs a type with another type's method.
     */
    record NativeEntry(Class<?> type, NativeMethod method) {
    }

    /** A program class's layout last seen and the method or field index it resolved to. */
    record ProgramEntry(ClassCode type, FunctionCode method, int field) {
    }

    private CallNodes() {
    }

    /** Calls a function value, or asks the dialect to apply a non-function ({@code xs(0)}). */
    static Object callValue(Object callee, ArgList.Evaluated args, DialectSemantics semantics) {
        if (callee instanceof LangFunction function) {
            return args.names().length == 0 ? function.call(args.positional())
                    : function.callWithKeywords(args.positional(), args.names(), args.values());
        }
        if (args.names().length > 0) {
            throw new LangException("lang.call.noKeywords", null, semantics.typeName(callee), args.names()[0]);
        }
        return semantics.applyValue(callee, args.positional());
    }

    /** {@code f(a, b)}: one- and two-argument calls of program functions skip the argument array. */
    static final class CallValue extends CodeNode {
        private final CodeNode callee;
        private final ArgList args;
        private final DialectSemantics semantics;

        CallValue(Position pos, CodeNode callee, ArgList args, DialectSemantics semantics) {
            super(pos);
            this.callee = callee;
            this.args = args;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object function = callee.eval(frame);
            try {
                if (args.passesByName()) {
                    Object[] values = args.positional(frame);
                    if (function instanceof LangFunction f) {
                        return f.call(args.forceUnless(values, f::takesByName));
                    }
                    return semantics.applyValue(function, args.forceUnless(values, i -> false));
                }
                if (args.simple && function instanceof LangFunction f) {
                    switch (args.size()) {
                        case 0:
                            return f.call0();
                        case 1:
                            return f.call1(args.values[0].eval(frame));
                        case 2:
                            return f.call2(args.values[0].eval(frame), args.values[1].eval(frame));
                        default:
                            return f.call(args.positional(frame));
                    }
                }
                return callValue(function, args.evaluate(frame), semantics);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /** {@code this.m(args)} written as {@code m(args)} inside a class or object: dispatched on the actual class. */
    static final class InvokeSelfMethod extends CodeNode {
        private final String name;
        private final ArgList args;
        private final DialectSemantics semantics;
        private ProgramEntry cache;

        InvokeSelfMethod(Position pos, String name, ArgList args, DialectSemantics semantics) {
            super(pos);
            this.name = name;
            this.args = args;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Instance self = (Instance) frame.self;
            ClassCode code = self.classValue().code;
            ProgramEntry entry = cache;
            if (entry == null || entry.type() != code) {
                entry = new ProgramEntry(code, code.method(name), -1);
                cache = entry;
            }
            FunctionCode method = entry.method();
            ArgList.Evaluated evaluated = args.evaluate(frame);
            try {
                Closure bound = self.bind(method, frame.context);
                return evaluated.names().length == 0 ? method.invoke(bound, self, evaluated.positional())
                        : method.invokeWithKeywords(bound, self, evaluated.positional(), evaluated.names(),
                                evaluated.values());
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /**
     * {@code receiver.name(args)}: members of program/library objects by name, native methods of Java classes through
     * a monomorphic inline cache keyed by the receiver's class.
     */
    static final class InvokeMethod extends CodeNode {
        private final CodeNode receiver;
        private final String name;
        private final ArgList args;
        private final DialectSemantics semantics;
        private final HostRegistry registry;
        private NativeEntry nativeCache;
        private ProgramEntry programCache;

        InvokeMethod(Position pos, CodeNode receiver, String name, ArgList args, DialectSemantics semantics,
                HostRegistry registry) {
            super(pos);
            this.receiver = receiver;
            this.name = name;
            this.args = args;
            this.semantics = semantics;
            this.registry = registry;
        }

        @Override
        Object eval(Frame frame) {
            return invokeOn(frame, receiver.eval(frame));
        }

        /** Calls the method on an already evaluated receiver. */
        Object invokeOn(Frame frame, Object target) {
            try {
                if (args.simple) {
                    Object[] values = args.positional(frame);
                    NativeEntry entry = nativeCache;
                    if (entry != null && target != null && target.getClass() == entry.type()) {
                        frame.context.callSite(pos);
                        NativeMethod method = entry.method();
                        return method.invoke(frame.context, target,
                                args.forceUnless(values, i -> registry.takesByName(method, i)));
                    }
                    return dispatch(frame, target, new ArgList.Evaluated(values, new String[0], NO_ARGS));
                }
                return dispatch(frame, target, args.evaluate(frame));
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }

        private Object dispatch(Frame frame, Object target, ArgList.Evaluated evaluated) {
            RunContext context = frame.context;
            if (target instanceof Instance instance && !instance.classValue().isPython()) {
                ClassCode code = instance.classValue().code;
                ProgramEntry entry = programCache;
                if (entry == null || entry.type() != code) {
                    entry = new ProgramEntry(code, code.fieldIndex(name) >= 0 ? null : code.method(name), -1);
                    programCache = entry;
                }
                FunctionCode method = entry.method();
                if (method != null) {
                    args.forceUnless(evaluated.positional(), i -> false);
                    Closure bound = instance.bind(method, instance.classValue().context);
                    return evaluated.names().length == 0 ? method.invoke(bound, instance, evaluated.positional())
                            : method.invokeWithKeywords(bound, instance, evaluated.positional(), evaluated.names(),
                                    evaluated.values());
                }
            }
            if (target instanceof MemberHolder holder) {
                Object member = holder.member(name, context);
                if (member != null) {
                    args.forceUnless(evaluated.positional(),
                            i -> member instanceof LangFunction function && function.takesByName(i));
                    return callValue(member, evaluated, semantics);
                }
            }
            if (target == null) {
                throw new NullPointerException("Cannot invoke \"" + name + "()\" because value is null");
            }
            Object[] positional = evaluated.positional();
            NativeMethod method = registry.findMethod(target.getClass(), name, positional.length);
            args.forceUnless(positional, i -> method != null && registry.takesByName(method, i));
            if (method != null) {
                context.callSite(pos);
                if (evaluated.names().length > 0) {
                    return method.invokeWithKeywords(context, target, positional, evaluated.names(),
                            evaluated.values());
                }
                if (!(target instanceof MemberHolder)) {
                    nativeCache = new NativeEntry(target.getClass(), method);
                }
                return method.invoke(context, target, positional);
            }
            NativeMethod parameterless = registry.findMethod(target.getClass(), name, 0);
            if (parameterless != null && positional.length > 0) {
                return callValue(parameterless.invoke(context, target, NO_ARGS), evaluated, semantics);
            }
            Object attribute = semantics.attribute(target, name, context);
            if (attribute != null) {
                return callValue(attribute, evaluated, semantics);
            }
            Set<Integer> arities = registry.arities(target.getClass(), name);
            if (!arities.isEmpty()) {
                throw new LangException("lang.call.methodArity", pos, name, new TreeSet<>(arities).toString(),
                        positional.length);
            }
            throw Members.missing(target, name, context, registry);
        }
    }

    /**
     * Scala {@code xs.foldLeft(z)(op)}, {@code xs.sortBy(f)(ord)}, {@code rdd.top(n)(ord)}: a library method with two
     * argument lists is registered with all the arguments together ({@link HostRegistry#curriedMethod}); otherwise
     * the method's result is applied to the second list ({@code line.split(" ")(0)}).
     */
    static final class CurriedMethodCall extends CodeNode {
        private final CodeNode receiver;
        private final String name;
        private final ArgList first;
        private final ArgList second;
        private final DialectSemantics semantics;
        private final HostRegistry registry;
        private final InvokeMethod firstCall;

        CurriedMethodCall(Position pos, CodeNode receiver, String name, ArgList first, ArgList second,
                DialectSemantics semantics, HostRegistry registry) {
            super(pos);
            this.receiver = receiver;
            this.name = name;
            this.first = first;
            this.second = second;
            this.semantics = semantics;
            this.registry = registry;
            this.firstCall = new InvokeMethod(pos, new Given(pos), name, first, semantics, registry);
        }

        @Override
        Object eval(Frame frame) {
            Object target = receiver.eval(frame);
            try {
                if (target != null && !(target instanceof MemberHolder) && first.simple && second.simple) {
                    NativeMethod both = registry.findMethod(target.getClass(), name, first.size() + second.size());
                    if (both != null && registry.isCurried(both)) {
                        Object[] a = first.forceUnless(first.positional(frame), i -> registry.takesByName(both, i));
                        Object[] b = second.forceUnless(second.positional(frame),
                                i -> registry.takesByName(both, a.length + i));
                        Object[] all = new Object[a.length + b.length];
                        System.arraycopy(a, 0, all, 0, a.length);
                        System.arraycopy(b, 0, all, a.length, b.length);
                        return both.invoke(frame.context, target, all);
                    }
                }
                Object partial = firstCall.invokeOn(frame, target);
                ArgList.Evaluated evaluated = second.evaluate(frame);
                second.forceUnless(evaluated.positional(),
                        i -> partial instanceof LangFunction function && function.takesByName(i));
                return callValue(partial, evaluated, semantics);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /** Stands for a receiver that was already evaluated. */
    private static final class Given extends CodeNode {
        Given(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            throw new IllegalStateException("the receiver is given");
        }
    }

    /** {@code receiver.name} without arguments. */
    static final class Select extends CodeNode {
        private final CodeNode receiver;
        private final String name;
        private final DialectSemantics semantics;
        private final HostRegistry registry;
        private NativeEntry nativeCache;
        private ProgramEntry fieldCache;

        Select(Position pos, CodeNode receiver, String name, DialectSemantics semantics, HostRegistry registry) {
            super(pos);
            this.receiver = receiver;
            this.name = name;
            this.semantics = semantics;
            this.registry = registry;
        }

        @Override
        Object eval(Frame frame) {
            Object target = receiver.eval(frame);
            try {
                NativeEntry entry = nativeCache;
                if (entry != null && target != null && target.getClass() == entry.type()) {
                    return entry.method().invoke(frame.context, target, NO_ARGS);
                }
                ProgramEntry field = fieldCache;
                if (field != null && target instanceof Instance instance
                        && instance.classValue().code == field.type()) {
                    return instance.fields[field.field()];
                }
                return lookup(frame.context, target);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }

        private Object lookup(RunContext context, Object target) {
            if (target instanceof Instance instance && !instance.classValue().isPython()) {
                int field = instance.classValue().code.fieldIndex(name);
                if (field >= 0) {
                    fieldCache = new ProgramEntry(instance.classValue().code, null, field);
                    return instance.fields[field];
                }
                FunctionCode method = instance.method(name);
                if (method != null) {
                    Closure bound = instance.bind(method, context);
                    return semantics.selectCallsParameterless() && method.arity() == 0 ? bound.call0() : bound;
                }
            } else if (target instanceof MemberHolder holder) {
                Object member = holder.member(name, context);
                if (member instanceof LangFunction function && function.arity() == 0
                        && semantics.selectCallsParameterless()) {
                    return function.call0();
                }
                if (member != null) {
                    return member;
                }
            }
            if (target == null) {
                throw new NullPointerException("Cannot read \"" + name + "\" because value is null");
            }
            Object attribute = semantics.attribute(target, name, context);
            if (attribute != null) {
                return attribute;
            }
            NativeMethod method = registry.findMethod(target.getClass(), name, 0);
            if (method != null && semantics.selectCallsParameterless()) {
                if (!(target instanceof MemberHolder)) {
                    nativeCache = new NativeEntry(target.getClass(), method);
                }
                return method.invoke(context, target, NO_ARGS);
            }
            if (registry.hasMethod(target.getClass(), name)) {
                return new NativeBoundMethod(name, target, registry, context);
            }
            throw Members.missing(target, name, context, registry);
        }
    }

    /** {@code new C(args)} of a program class. */
    static final class ConstructClass extends CodeNode {
        private final CodeNode classValue;
        private final ArgList args;
        private final DialectSemantics semantics;

        ConstructClass(Position pos, CodeNode classValue, ArgList args, DialectSemantics semantics) {
            super(pos);
            this.classValue = classValue;
            this.args = args;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            ClassValue type = (ClassValue) classValue.eval(frame);
            ArgList.Evaluated evaluated = args.evaluate(frame);
            try {
                return type.construct(evaluated.positional(), evaluated.names(), evaluated.values());
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /** {@code new C[T](args)} of a library class. */
    static final class ConstructHost extends CodeNode {
        private final TypedConstructor constructor;
        private final List<String> typeArgs;
        private final ArgList args;
        private final DialectSemantics semantics;

        ConstructHost(Position pos, TypedConstructor constructor, List<String> typeArgs, ArgList args,
                DialectSemantics semantics) {
            super(pos);
            this.constructor = constructor;
            this.typeArgs = typeArgs;
            this.args = args;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object[] values = args.evaluate(frame).positional();
            try {
                if (constructor instanceof ContextConstructor needsRun) {
                    return needsRun.construct(frame.context, typeArgs, values);
                }
                return constructor.construct(typeArgs, values);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /**
     * Runs a local Scala class's definition: the class takes the cells of the enclosing def's variables it uses, so
     * instances made from now on see them.
     */
    static final class CaptureClassCells extends CodeNode {
        private final int classSlot;
        private final int[] captureSlots;
        private final boolean[] fromLocal;

        CaptureClassCells(Position pos, int classSlot, int[] captureSlots, boolean[] fromLocal) {
            super(pos);
            this.classSlot = classSlot;
            this.captureSlots = captureSlots;
            this.fromLocal = fromLocal;
        }

        @Override
        Object eval(Frame frame) {
            Cell[] cells = new Cell[captureSlots.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = fromLocal[i] ? (Cell) frame.slots[captureSlots[i]] : frame.captured[captureSlots[i]];
            }
            if (frame.globals[classSlot] instanceof ClassValue definition) {
                definition.captured = cells;
            }
            return frame.context.semantics().unit();
        }
    }

    /** Creates a closure: captures cells from the defining frame, and Python defaults evaluated now. */
    static final class MakeClosure extends CodeNode {
        private final FunctionCode code;
        private final int[] captureSlots;
        private final boolean[] fromLocal;
        private final CodeNode[] pythonDefaults;

        MakeClosure(Position pos, FunctionCode code, int[] captureSlots, boolean[] fromLocal,
                CodeNode[] pythonDefaults) {
            super(pos);
            this.code = code;
            this.captureSlots = captureSlots;
            this.fromLocal = fromLocal;
            this.pythonDefaults = pythonDefaults;
        }

        @Override
        Object eval(Frame frame) {
            Cell[] cells = captureSlots.length == 0 ? Closure.NO_CELLS : new Cell[captureSlots.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = fromLocal[i] ? (Cell) frame.slots[captureSlots[i]] : frame.captured[captureSlots[i]];
            }
            Object[] defaults = null;
            if (pythonDefaults != null) {
                defaults = new Object[pythonDefaults.length];
                for (int i = 0; i < defaults.length; i++) {
                    defaults[i] = pythonDefaults[i] == null ? Closure.NO_DEFAULT : pythonDefaults[i].eval(frame);
                }
            }
            return new Closure(code, cells, frame.self, frame.context, frame.home, defaults);
        }
    }
}
