package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code super()}: attribute lookup on an instance (or, in a class method, a class) that starts after
 * {@code owner} in the instance's method resolution order, binding what it finds as the instance's own lookup would.
 * When no program class defines the attribute, {@code __init__} is {@code object.__init__}, which does nothing.
 */
public final class SuperObject implements MemberHolder {

    private final ClassValue owner;
    private final Object target;

    SuperObject(ClassValue owner, Object target) {
        this.owner = owner;
        this.target = target;
    }

    private ClassValue targetClass() {
        return target instanceof Instance instance ? instance.classValue() : (ClassValue) target;
    }

    /** {@code super(owner, target)}, the two-argument form; null when target is not of owner's type. */
    public static SuperObject of(Object owner, Object target) {
        ClassValue type = target instanceof Instance instance ? instance.classValue()
                : target instanceof ClassValue c ? c : null;
        if (!(owner instanceof ClassValue ownerClass) || type == null || !type.isSubclassOf(ownerClass)) {
            return null;
        }
        return new SuperObject(ownerClass, target);
    }

    @Override
    public Object member(String name, RunContext context) {
        List<ClassValue> order = targetClass().mro();
        for (int i = order.indexOf(owner) + 1; i < order.size(); i++) {
            ClassValue candidate = order.get(i);
            if (candidate.attributes.containsKey(name)) {
                return bind(candidate.attributes.get(name));
            }
        }
        if (name.equals("__init__")) {
            return new ObjectInit(targetClass().context.semantics());
        }
        if (name.equals("__setattr__") && target instanceof Instance instance) {
            return new ObjectSetAttr(instance);
        }
        return null;
    }

    /** {@code object.__setattr__} reached through super(): stores past the class's own {@code __setattr__}. */
    private static final class ObjectSetAttr extends LangFunction {
        private final Instance instance;

        ObjectSetAttr(Instance instance) {
            this.instance = instance;
        }

        @Override
        public String name() {
            return "__setattr__";
        }

        @Override
        public Object call(Object[] args) {
            if (args.length != 2 || !(args[0] instanceof String name)) {
                throw instance.classValue().context.semantics().argumentMismatch("__setattr__",
                        "expected 2 arguments, the attribute's name and its value");
            }
            instance.setFieldDirectly(name, args[1]);
            return null;
        }
    }

    private Object bind(Object value) {
        if (value instanceof ClassMember member) {
            return target instanceof Instance instance ? member.fromInstance(instance)
                    : member.fromClass((ClassValue) target);
        }
        if (value instanceof LangFunction function && !(value instanceof ClassValue) && target instanceof Instance) {
            return new BoundMethod(function, target);
        }
        return value;
    }

    @Override
    public Iterable<String> memberNames() {
        List<String> names = new ArrayList<>();
        List<ClassValue> order = targetClass().mro();
        for (int i = order.indexOf(owner) + 1; i < order.size(); i++) {
            names.addAll(order.get(i).attributes.keySet());
        }
        return names;
    }

    @Override
    public String toString() {
        return "<super: <class '" + owner.className() + "'>, <" + targetClass().className() + " object>>";
    }

    /** {@code object.__init__} reached through super(): takes no arguments and does nothing. */
    private static final class ObjectInit extends LangFunction {
        private final DialectSemantics semantics;

        ObjectInit(DialectSemantics semantics) {
            this.semantics = semantics;
        }

        @Override
        public String name() {
            return "__init__";
        }

        @Override
        public Object call(Object[] args) {
            if (args.length > 0) {
                throw semantics.argumentMismatch("object.__init__", "takes exactly one argument (the instance to "
                        + "initialize)");
            }
            return null;
        }
    }

    /**
     * Zero-argument {@code super()} in a method of the class {@code code}: the class is found in the method resolution
     * order of the method's first argument ({@code self}, or {@code cls} in a class method).
     */
    static final class Make extends CodeNode {
        private final ClassCode code;
        private final CodeNode first;
        private final DialectSemantics semantics;

        Make(Position pos, ClassCode code, CodeNode first, DialectSemantics semantics) {
            super(pos);
            this.code = code;
            this.first = first;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object target = first.eval(frame);
            ClassValue type = target instanceof Instance instance ? instance.classValue()
                    : target instanceof ClassValue c ? c : null;
            if (type != null) {
                for (ClassValue candidate : type.mro()) {
                    if (candidate.code == code) {
                        return new SuperObject(candidate, target);
                    }
                }
            }
            throw locate(semantics.argumentMismatch("super", "argument 2 must be an instance or subtype of "
                    + "argument 1"), pos, semantics);
        }
    }
}
