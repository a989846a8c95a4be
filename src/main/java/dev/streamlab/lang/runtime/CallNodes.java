package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Calls, member access and object creation. */
final class CallNodes {

    private static final Object[] NO_ARGS = new Object[0];

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
        private ClassCode cachedClass;
        private FunctionCode cachedMethod;

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
            if (code != cachedClass) {
                cachedMethod = code.method(name);
                cachedClass = code;
            }
            ArgList.Evaluated evaluated = args.evaluate(frame);
            try {
                Closure bound = new Closure(cachedMethod, Closure.NO_CELLS, self, frame.context, null, null);
                return evaluated.names().length == 0 ? cachedMethod.invoke(bound, self, evaluated.positional())
                        : cachedMethod.invokeWithKeywords(bound, self, evaluated.positional(), evaluated.names(),
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
        private Class<?> cachedClass;
        private NativeMethod cachedMethod;

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
            Object target = receiver.eval(frame);
            try {
                if (args.simple) {
                    Object[] values = args.positional(frame);
                    if (target != null && target.getClass() == cachedClass) {
                        return cachedMethod.invoke(frame.context, target, values);
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
            if (target instanceof MemberHolder holder) {
                Object member = holder.member(name, context);
                if (member != null) {
                    return callValue(member, evaluated, semantics);
                }
            }
            if (target == null) {
                throw new NullPointerException("Cannot invoke \"" + name + "()\" because value is null");
            }
            Object[] positional = evaluated.positional();
            NativeMethod method = registry.findMethod(target.getClass(), name, positional.length);
            if (method != null) {
                if (evaluated.names().length > 0) {
                    return method.invokeWithKeywords(context, target, positional, evaluated.names(),
                            evaluated.values());
                }
                if (!(target instanceof MemberHolder)) {
                    cachedMethod = method;
                    cachedClass = target.getClass();
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

    /** {@code receiver.name} without arguments. */
    static final class Select extends CodeNode {
        private final CodeNode receiver;
        private final String name;
        private final DialectSemantics semantics;
        private final HostRegistry registry;
        private Class<?> cachedClass;
        private NativeMethod cachedMethod;

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
                if (target != null && target.getClass() == cachedClass) {
                    return cachedMethod.invoke(frame.context, target, NO_ARGS);
                }
                return lookup(frame.context, target);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }

        private Object lookup(RunContext context, Object target) {
            if (target instanceof Instance instance && !instance.classValue().isPython()) {
                if (instance.hasField(name)) {
                    return instance.field(name);
                }
                FunctionCode method = instance.method(name);
                if (method != null) {
                    Closure bound = new Closure(method, Closure.NO_CELLS, instance, context, null, null);
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
                    cachedMethod = method;
                    cachedClass = target.getClass();
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
