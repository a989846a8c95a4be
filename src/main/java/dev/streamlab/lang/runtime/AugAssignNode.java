package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/**
 * {@code target op= value}, evaluating the target's container once. In Scala a value with its own {@code +=}
 * method (a mutable collection) is updated in place; otherwise the result of the operator is stored back.
 */
final class AugAssignNode extends CodeNode {

    enum Place { VARIABLE, INDEX, ATTRIBUTE, UPDATE }

    private final Place place;
    private final CodeNode read;
    private final VariableNodes.Store store;
    private final CodeNode container;
    private final CodeNode index;
    private final ArgList updateArgs;
    private final String attribute;
    private final CodeNode value;
    private final BinaryOperation operation;
    private final String inPlaceMethod;
    private final HostRegistry registry;
    private final DialectSemantics semantics;
    private final Object unit;

    private AugAssignNode(Position pos, Place place, CodeNode read, VariableNodes.Store store, CodeNode container,
            CodeNode index, ArgList updateArgs, String attribute, CodeNode value, BinaryOperation operation,
            String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        super(pos);
        this.place = place;
        this.read = read;
        this.store = store;
        this.container = container;
        this.index = index;
        this.updateArgs = updateArgs;
        this.attribute = attribute;
        this.value = value;
        this.operation = operation;
        this.inPlaceMethod = inPlaceMethod;
        this.registry = registry;
        this.semantics = semantics;
        this.unit = semantics.unit();
    }

    static AugAssignNode variable(Position pos, CodeNode read, VariableNodes.Store store, CodeNode value,
            BinaryOperation operation, String inPlaceMethod, HostRegistry registry, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.VARIABLE, read, store, null, null, null, null, value, operation,
                inPlaceMethod, registry, semantics);
    }

    static AugAssignNode index(Position pos, CodeNode container, CodeNode index, CodeNode value,
            BinaryOperation operation, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.INDEX, null, null, container, index, null, null, value, operation, null,
                null, semantics);
    }

    static AugAssignNode attribute(Position pos, CodeNode container, String attribute, CodeNode value,
            BinaryOperation operation, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.ATTRIBUTE, null, null, container, null, null, attribute, value,
                operation, null, null, semantics);
    }

    static AugAssignNode update(Position pos, CodeNode container, ArgList args, CodeNode value,
            BinaryOperation operation, DialectSemantics semantics) {
        return new AugAssignNode(pos, Place.UPDATE, null, null, container, null, args, null, value, operation, null,
                null, semantics);
    }

    @Override
    Object eval(Frame frame) {
        try {
            switch (place) {
                case VARIABLE -> {
                    Object current = read.eval(frame);
                    Object operand = value.eval(frame);
                    if (inPlaceMethod != null && current != null) {
                        NativeMethod method = registry.findMethod(current.getClass(), inPlaceMethod, 1);
                        if (method != null) {
                            method.invoke(frame.context, current, new Object[] {operand});
                            return unit;
                        }
                    }
                    store.store(frame, operation.apply(current, operand));
                }
                case INDEX -> {
                    Object target = container.eval(frame);
                    Object key = index.eval(frame);
                    Object current = semantics.index(target, key);
                    semantics.setIndex(target, key, operation.apply(current, value.eval(frame)));
                }
                case ATTRIBUTE -> {
                    Object target = container.eval(frame);
                    if (target instanceof ClassValue classValue && classValue.isPython()) {
                        Object current = classValue.classAttribute(attribute);
                        classValue.setAttribute(attribute, operation.apply(current, value.eval(frame)));
                    } else if (target instanceof Instance instance) {
                        Object current = instance.member(attribute, frame.context);
                        instance.setField(attribute, operation.apply(current, value.eval(frame)));
                    } else {
                        Object current = semantics.attribute(target, attribute, frame.context);
                        semantics.setAttribute(target, attribute, operation.apply(current, value.eval(frame)));
                    }
                }
                case UPDATE -> {
                    Object target = container.eval(frame);
                    Object[] args = updateArgs.positional(frame);
                    Object current = semantics.applyValue(target, args);
                    semantics.update(target, args, operation.apply(current, value.eval(frame)));
                }
            }
            return unit;
        } catch (RuntimeException e) {
            throw locate(e, pos, semantics);
        }
    }
}
