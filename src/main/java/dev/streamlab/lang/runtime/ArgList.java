package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.ArgKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The compiled arguments of a call. Plain positional argument lists (the per-record case) evaluate straight into an
 * array; spreads and keywords take the general path.
 */
final class ArgList {

    /** Arguments after spreads are expanded: positional values, then keyword names with their values. */
    record Evaluated(Object[] positional, String[] names, Object[] values) {
    }

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    final CodeNode[] values;
    private final ArgKind[] kinds;
    private final String[] keywords;
    final boolean simple;
    /** Positions compiled as {@link Thunk.Make} because a library callee of this name takes them by name; or null. */
    private final boolean[] byName;

    ArgList(CodeNode[] values, ArgKind[] kinds, String[] keywords) {
        this(values, kinds, keywords, null);
    }

    ArgList(CodeNode[] values, ArgKind[] kinds, String[] keywords, boolean[] byName) {
        this.byName = byName;
        this.values = values;
        this.kinds = kinds;
        this.keywords = keywords;
        boolean plain = true;
        for (ArgKind kind : kinds) {
            plain &= kind == ArgKind.POSITIONAL;
        }
        this.simple = plain;
    }

    boolean passesByName() {
        return byName != null;
    }

    /**
     * Evaluates, in place, the thunks this list passed at positions where the actual callee takes a value: a program
     * method named {@code getOrElse} gets its argument's value, as Scala would pass it.
     */
    Object[] forceUnless(Object[] evaluated, IntPredicate takesByName) {
        if (byName != null) {
            for (int i = 0; i < evaluated.length && i < byName.length; i++) {
                if (byName[i] && evaluated[i] instanceof Thunk thunk && !takesByName.test(i)) {
                    evaluated[i] = thunk.call0();
                }
            }
        }
        return evaluated;
    }

    int size() {
        return values.length;
    }

    Object[] positional(Frame frame) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i].eval(frame);
        }
        return out;
    }

    Evaluated evaluate(Frame frame) {
        if (simple) {
            return new Evaluated(positional(frame), NO_NAMES, NO_VALUES);
        }
        DialectSemantics semantics = frame.context.semantics();
        List<Object> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> named = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i].eval(frame);
            switch (kinds[i]) {
                case POSITIONAL -> positional.add(value);
                case SPREAD -> {
                    for (Iterator<?> it = semantics.iterate(value); it.hasNext();) {
                        positional.add(it.next());
                    }
                }
                case KEYWORD -> {
                    names.add(keywords[i]);
                    named.add(value);
                }
                case KEYWORD_SPREAD -> {
                    if (!(value instanceof Map<?, ?> map)) {
                        throw new LangException("lang.call.keywordSpread", values[i].pos, semantics.typeName(value));
                    }
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        names.add(String.valueOf(entry.getKey()));
                        named.add(entry.getValue());
                    }
                }
            }
        }
        return new Evaluated(positional.toArray(), names.toArray(new String[0]), named.toArray());
    }
}
