package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/**
 * {@code target op= value}, evaluating the target's container once. In Scala a value with its own {@code +=}
 * method (a mutable collection) is updated in place, wherever it is held (a variable, a field, a map's value);
 * otherwise the result of the operator is stored back. Scala's {@code b += (1, 2, 3)} passes all its operands to
 * that {@code +=} method, or to the {@code +} method whose result is stored (an immutable Set in a var).
 */
final class AugAssignNode extends CodeNode {

    enum Place { VARIABLE, INDEX, ATTRIBUTE, UPDATE }

    /** What {@link #combine} returns when the value was updated in place and nothing is stored back. */
    private static final Object UPDATED_IN_PLACE = new Object();

    private final Place place;
    private final CodeNode read;
    private final VariableNodes.Store store;
    private final CodeNode container;
    private final CodeNode index;
    private final ArgList updateArgs;
    private final String attribute;
    private final CodeNode[] values;
    private final BinaryOperation operation;
    private final String inPlaceMethod;
    private final HostRegistry registry;
    private final DialectSemantics semantics;
    private final Object unit;

    private AugAssignNode(Position pos, Place place, CodeNode read, VariableNodes.Store store, CodeNode container,
            CodeNode index, ArgList updateArgs, String attribute, CodeNode[] values, BinaryOperation operation,
            String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        super(pos);
        this.place = place;
        this.read = read;
        this.store = store;
        this.container = container;
        this.index = index;
        this.updateArgs = updateArgs;
        this.attribute = attribute;
        this.values = values;
        this.operation = operation;
        this.inPlaceMethod = inPlaceMethod;
        this.registry = registry;
        this.semantics = semantics;
        this.unit = semantics.unit();
    }

    static AugAssignNode variable(Position pos, CodeNode read, VariableNodes.Store store, CodeNode[] values,
            BinaryOperation operation, String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.VARIABLE, read, store, null, null, null, null, values, operation,
                inPlaceMethod, registry, semantics);
    }

    static AugAssignNode index(Position pos, CodeNode container, CodeNode index, CodeNode value,
            BinaryOperation operation, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.INDEX, null, null, container, index, null, null, new CodeNode[] {value},
                operation, null, null, semantics);
    }

    static AugAssignNode attribute(Position pos, CodeNode container, String attribute, CodeNode[] values,
            BinaryOperation operation, String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.ATTRIBUTE, null, null, container, null, null, attribute, values,
                operation, inPlaceMethod, registry, semantics);
    }

    static AugAssignNode update(Position pos, CodeNode container, ArgList args, CodeNode[] values,
            BinaryOperation operation, String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.UPDATE, null, null, container, null, args, null, values, operation,
                inPlaceMethod, registry, semantics);
    }

    @Override
    Object eval(Frame frame) {
        try {
            switch (place) {
                case VARIABLE -> {
                    Object combined = combine(frame, read.eval(frame));
                    if (combined != UPDATED_IN_PLACE) {
                        store.store(frame, combined);
                    }
                }
                case INDEX -> {
                    Object target = container.eval(frame);
                    Object key = index.eval(frame);
                    Object current = semantics.index(target, key);
                    semantics.setIndex(target, key, operation.apply(current, values[0].eval(frame)));
                }
                case ATTRIBUTE -> {
                    Object target = container.eval(frame);
                    if (target instanceof ClassValue classValue && classValue.isPython()) {
                        Object current = classValue.classAttribute(attribute);
                        classValue.setAttribute(attribute, operation.apply(current, values[0].eval(frame)));
                    } else if (target instanceof Instance instance) {
                        Object combined = combine(frame, instance.member(attribute, frame.context));
                        if (combined != UPDATED_IN_PLACE) {
                            instance.setField(attribute, combined);
                        }
                    } else {
                        Object combined = combine(frame, semantics.attribute(target, attribute, frame.context));
                        if (combined != UPDATED_IN_PLACE) {
                            semantics.setAttribute(target, attribute, combined);
                        }
                    }
                }
                case UPDATE -> {
                    Object target = container.eval(frame);
                    Object[] args = updateArgs.positional(frame);
                    Object combined = combine(frame, semantics.applyValue(target, args));
                    if (combined != UPDATED_IN_PLACE) {
                        semantics.update(target, args, combined);
                    }
                }
            }
            return unit;
        } catch (RuntimeException e) {
            throw locate(e, pos, semantics);
        }
    }

    /** {@code current op operands}, or {@link #UPDATED_IN_PLACE} once current's own {@code op=} method ran. */
    private Object combine(Frame frame, Object current) {
        Object[] operands = new Object[values.length];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = values[i].eval(frame);
        }
        if (inPlaceMethod != null && current != null && semantics.updatesInPlace(current)) {
            NativeMethod method = registry.findMethod(current.getClass(), inPlaceMethod, operands.length);
            if (method != null) {
                method.invoke(frame.context, current, operands);
                return UPDATED_IN_PLACE;
            }
        }
        if (operands.length == 1) {
            return operation.apply(current, operands[0]);
        }
        String operator = inPlaceMethod.substring(0, inPlaceMethod.length() - 1);
        NativeMethod method = current == null ? null
                : registry.findMethod(current.getClass(), operator, operands.length);
        if (method == null) {
            throw new LangException("lang.call.arity", null, inPlaceMethod, 1, operands.length);
        }
        return method.invoke(frame.context, current, operands);
    }
}
