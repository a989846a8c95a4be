package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What Python's match statement asks of values (PEP 634), as CPython 3.11 answers it. */
final class PyMatching {

    /** Built-in classes whose one positional sub-pattern matches the subject itself. */
    private static final Set<String> SELF_MATCHING = Set.of("bool", "bytearray", "bytes", "dict", "float",
            "frozenset", "int", "list", "set", "str", "tuple");

    /** An attribute the subject does not have (None is a value). */
    private static final Object MISSING = new Object();

    private PyMatching() {
    }

    /** Sequences: list, tuple, range (not str, bytes or bytearray, which are matched whole). */
    static Object[] sequence(Object subject) {
        if (PyNamedTuple.asTuple(subject) instanceof Tuple tuple) {
            return tuple.toArray();
        }
        if (subject instanceof List<?> list) {
            return list.toArray();
        }
        if (subject instanceof PyRange range) {
            return PySequences.toList(range).toArray();
        }
        return null;
    }

    static Map<?, ?> mapping(Object subject) {
        return subject instanceof Map<?, ?> map ? map : null;
    }

    static Object[] classParts(Object subject, Object type, int positional, String[] keywords, RunContext context) {
        if (!(type instanceof PyType || type instanceof ClassValue || type instanceof ErrorType
                || type instanceof PyNamedTuple.Type)) {
            throw PyErrors.typeError("called match pattern must be a class");
        }
        if (!PyBuiltins.isInstance(subject, type)) {
            return null;
        }
        Object[] parts = new Object[positional + keywords.length];
        if (positional > 0) {
            if (type instanceof PyType builtIn && SELF_MATCHING.contains(builtIn.name())) {
                if (positional > 1) {
                    throw PyErrors.typeError(builtIn.name() + "() accepts 1 positional sub-pattern (" + positional
                            + " given)");
                }
                parts[0] = subject;
            } else {
                Object names = type instanceof ClassValue cls ? cls.classAttribute("__match_args__")
                        : type instanceof PyNamedTuple.Type named ? named.member("__match_args__", context) : null;
                int available = names instanceof Tuple tuple ? tuple.arity() : 0;
                if (positional > available) {
                    throw PyErrors.typeError(typeName(type) + "() accepts " + available + " positional sub-pattern"
                            + (available == 1 ? "" : "s") + " (" + positional + " given)");
                }
                for (int i = 0; i < positional; i++) {
                    Object name = ((Tuple) names).get(i);
                    if (!(name instanceof String attribute)) {
                        throw PyErrors.typeError("__match_args__ elements must be strings (got "
                                + PyRepr.typeName(name) + ")");
                    }
                    parts[i] = attribute(subject, attribute, context);
                    if (parts[i] == MISSING) {
                        return null;
                    }
                }
            }
        }
        for (int k = 0; k < keywords.length; k++) {
            Object value = attribute(subject, keywords[k], context);
            if (value == MISSING) {
                return null;
            }
            parts[positional + k] = value;
        }
        return parts;
    }

    private static Object attribute(Object subject, String name, RunContext context) {
        if (subject instanceof MemberHolder holder) {
            Object found = holder.member(name, context);
            if (found != null) {
                return found;
            }
            if (subject instanceof Instance instance
                    && instance.attributes().containsKey(name)) {
                return null;
            }
        }
        Object found = PyAttributes.get(subject, name);
        return found == null ? MISSING : found;
    }

    private static String typeName(Object type) {
        return type instanceof ClassValue cls ? cls.className() : type instanceof PyType t ? t.name()
                : type instanceof PyNamedTuple.Type named ? named.name() : ((ErrorType) type).simpleName();
    }
}
