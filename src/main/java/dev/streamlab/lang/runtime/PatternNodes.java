package dev.streamlab.lang.runtime;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** The pattern kinds of both dialects. */
final class PatternNodes {

    private PatternNodes() {
    }

    static final class Wildcard extends PatternNode {
        @Override
        boolean match(Object value, Frame frame) {
            return true;
        }
    }

    static final class Bind extends PatternNode {
        private final VariableNodes.Store store;

        Bind(VariableNodes.Store store) {
            this.store = store;
        }

        @Override
        boolean match(Object value, Frame frame) {
            store.store(frame, value);
            return true;
        }
    }

    static final class Value extends PatternNode {
        private final CodeNode expected;
        private final DialectSemantics semantics;

        Value(CodeNode expected, DialectSemantics semantics) {
            this.expected = expected;
            this.semantics = semantics;
        }

        @Override
        boolean match(Object value, Frame frame) {
            return semantics.isEqual(value, expected.eval(frame));
        }
    }

    static final class As extends PatternNode {
        private final VariableNodes.Store store;
        private final PatternNode inner;

        As(VariableNodes.Store store, PatternNode inner) {
            this.store = store;
            this.inner = inner;
        }

        @Override
        boolean match(Object value, Frame frame) {
            if (!inner.match(value, frame)) {
                return false;
            }
            store.store(frame, value);
            return true;
        }
    }

    static final class Typed extends PatternNode {
        private final TypeTest test;
        private final PatternNode inner;

        Typed(TypeTest test, PatternNode inner) {
            this.test = test;
            this.inner = inner;
        }

        @Override
        boolean match(Object value, Frame frame) {
            return test.matches(value) && inner.match(value, frame);
        }
    }

    /** A typed pattern whose type is a variable of the run: a program class, a Python exception class. */
    static final class DynamicTyped extends PatternNode {
        private final CodeNode typeValue;
        private final PatternNode inner;

        DynamicTyped(CodeNode typeValue, PatternNode inner) {
            this.typeValue = typeValue;
            this.inner = inner;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object type = typeValue.eval(frame);
            boolean matches;
            if (type instanceof ClassValue classValue) {
                matches = value instanceof Instance instance && instance.classValue().isSubclassOf(classValue);
            } else {
                TypeTest test = Compiler.valueTypeTest(type);
                matches = test != null && test.matches(value);
            }
            return matches && inner.match(value, frame);
        }
    }

    static final class Alternatives extends PatternNode {
        private final PatternNode[] alternatives;

        Alternatives(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Object value, Frame frame) {
            for (PatternNode alternative : alternatives) {
                if (alternative.match(value, frame)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code _*}, {@code rest @ _*}, Python {@code *rest}: binds the middle of a sequence. */
    static final class Rest extends PatternNode {
        private final VariableNodes.Store store;
        private final boolean python;

        Rest(VariableNodes.Store store, boolean python) {
            this.store = store;
            this.python = python;
        }

        @Override
        boolean isRest() {
            return true;
        }

        @Override
        boolean match(Object value, Frame frame) {
            if (store != null) {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) value;
                DialectSemantics semantics = frame.context.semantics();
                store.store(frame, python ? semantics.list(items) : semantics.varargs(items));
            }
            return true;
        }
    }

    /** Matches parts against sub-patterns, one of which may be a rest. */
    static boolean matchParts(Object[] parts, PatternNode[] patterns, Frame frame) {
        int rest = -1;
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].isRest()) {
                rest = i;
            }
        }
        if (rest < 0) {
            if (parts.length != patterns.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!patterns[i].match(parts[i], frame)) {
                    return false;
                }
            }
            return true;
        }
        int after = patterns.length - rest - 1;
        if (parts.length < rest + after) {
            return false;
        }
        for (int i = 0; i < rest; i++) {
            if (!patterns[i].match(parts[i], frame)) {
                return false;
            }
        }
        for (int i = 0; i < after; i++) {
            if (!patterns[rest + 1 + i].match(parts[parts.length - after + i], frame)) {
                return false;
            }
        }
        List<Object> middle = new ArrayList<>(Arrays.asList(parts).subList(rest, parts.length - after));
        return patterns[rest].match(middle, frame);
    }

    /**
     * Scala tuple pattern (a Tuple of the same arity), or a Python target list (any iterable, the wrong length is a
     * ValueError).
     */
    static final class TuplePattern extends PatternNode {
        private final PatternNode[] items;
        private final boolean unpacking;

        TuplePattern(PatternNode[] items, boolean unpacking) {
            this.items = items;
            this.unpacking = unpacking;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object[] parts;
            if (value instanceof Tuple tuple) {
                parts = tuple.toArray();
            } else if (unpacking) {
                List<Object> all = new ArrayList<>();
                for (Iterator<?> it = frame.context.semantics().iterate(value); it.hasNext();) {
                    all.add(it.next());
                }
                parts = all.toArray();
            } else {
                return false;
            }
            boolean matched = matchParts(parts, items, frame);
            if (!matched && unpacking) {
                throw frame.context.semantics().unpackMismatch(items.length, parts.length);
            }
            return matched;
        }
    }

    /** {@code Word(w, n)} of a program case class: the class value is read per run. */
    static final class ClassExtractor extends PatternNode {
        private final CodeNode classValue;
        private final PatternNode[] args;

        ClassExtractor(CodeNode classValue, PatternNode[] args) {
            this.classValue = classValue;
            this.args = args;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object type = classValue.eval(frame);
            if (type instanceof Instance singleton) {
                return singleton == value && args.length == 0;
            }
            Object[] parts = ((ClassValue) type).unapply(value);
            return parts != null && matchParts(parts, args, frame);
        }
    }

    /**
     * A pattern named after a variable whose value extracts ({@code val Date = "(\\d+)-(\\d+)".r} then
     * {@code case Date(y, m)}): the value is read when the pattern is tried.
     */
    static final class ValueExtractor extends PatternNode {
        private final CodeNode extractor;
        private final PatternNode[] args;
        private final String name;
        private final Position pos;

        ValueExtractor(CodeNode extractor, PatternNode[] args, String name, Position pos) {
            this.extractor = extractor;
            this.args = args;
            this.name = name;
            this.pos = pos;
        }

        @Override
        boolean match(Object value, Frame frame) {
            if (!(extractor.eval(frame) instanceof Extractor unapply)) {
                throw new LangException("lang.pattern.notExtractor", pos, name);
            }
            Object[] parts = unapply.unapply(value);
            return parts != null && matchParts(parts, args, frame);
        }
    }

    /** {@code Some(x)}, {@code List(a, b)}, {@code head :: tail}: a library extractor. */
    static final class HostExtractor extends PatternNode {
        private final Extractor extractor;
        private final PatternNode[] args;

        HostExtractor(Extractor extractor, PatternNode[] args) {
            this.extractor = extractor;
            this.args = args;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object[] parts = extractor.unapply(value);
            return parts != null && matchParts(parts, args, frame);
        }
    }
}
