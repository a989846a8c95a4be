package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.ComprehensionKind;
import dev.streamlab.lang.ast.InterpolationKind;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Tuples and collection displays, comprehensions, interpolated strings, indexing and assignment targets. */
final class DataNodes {

    private DataNodes() {
    }

    /** Evaluates items, expanding Python {@code *spread} items. */
    static List<Object> items(CodeNode[] items, boolean[] spread, Frame frame) {
        List<Object> values = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            Object value = items[i].eval(frame);
            if (spread[i]) {
                for (Iterator<?> it = frame.context.semantics().iterate(value); it.hasNext();) {
                    values.add(it.next());
                }
            } else {
                values.add(value);
            }
        }
        return values;
    }

    static final class TupleNode extends CodeNode {
        private final CodeNode[] items;
        private final boolean[] spread;
        private final DialectSemantics semantics;

        TupleNode(Position pos, CodeNode[] items, boolean[] spread, DialectSemantics semantics) {
            super(pos);
            this.items = items;
            this.spread = spread;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            if (items.length == 2 && !spread[0] && !spread[1]) {
                return semantics.tuple(new Object[] {items[0].eval(frame), items[1].eval(frame)});
            }
            return semantics.tuple(items(items, spread, frame).toArray());
        }
    }

    /** Python list and set displays. */
    static final class CollectionNode extends CodeNode {
        private final CodeNode[] items;
        private final boolean[] spread;
        private final boolean set;
        private final DialectSemantics semantics;

        CollectionNode(Position pos, CodeNode[] items, boolean[] spread, boolean set, DialectSemantics semantics) {
            super(pos);
            this.items = items;
            this.spread = spread;
            this.set = set;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> values = items(items, spread, frame);
            try {
                return set ? semantics.set(values) : semantics.list(values);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    static final class DictNode extends CodeNode {
        private final CodeNode[] keys;
        private final CodeNode[] values;
        private final DialectSemantics semantics;

        DictNode(Position pos, CodeNode[] keys, CodeNode[] values, DialectSemantics semantics) {
            super(pos);
            this.keys = keys;
            this.values = values;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> keyList = new ArrayList<>();
            List<Object> valueList = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    java.util.Map<?, ?> spread = (java.util.Map<?, ?>) values[i].eval(frame);
                    spread.forEach((k, v) -> {
                        keyList.add(k);
                        valueList.add(v);
                    });
                } else {
                    keyList.add(keys[i].eval(frame));
                    valueList.add(values[i].eval(frame));
                }
            }
            try {
                return semantics.dict(keyList, valueList);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /** A clause of a compiled comprehension: a {@code for} (target set) or an {@code if} (condition set). */
    record Clause(PatternNode target, CodeNode source, CodeNode condition) {
    }

    static final class Comprehension extends CodeNode {
        private final ComprehensionKind kind;
        private final CodeNode element;
        private final CodeNode value;
        private final Clause[] clauses;
        private final CodeSite site;
        private final DialectSemantics semantics;

        Comprehension(Position pos, ComprehensionKind kind, CodeNode element, CodeNode value, Clause[] clauses,
                CodeSite site, DialectSemantics semantics) {
            super(pos);
            this.kind = kind;
            this.element = element;
            this.value = value;
            this.clauses = clauses;
            this.site = site;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            List<Object> out = new ArrayList<>();
            List<Object> values = kind == ComprehensionKind.DICT ? new ArrayList<>() : null;
            try {
                if (kind != ComprehensionKind.GENERATOR) {
                    run(0, frame, out, values);
                }
                return switch (kind) {
                    case LIST -> semantics.list(out);
                    case SET -> semantics.set(out);
                    case DICT -> semantics.dict(out, values);
                    case GENERATOR -> semantics.generator(null, new Lazy(frame,
                            semantics.iterate(clauses[0].source().eval(frame))));
                };
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }

        /**
         * A generator expression's items, computed as they are taken; as in CPython, the first {@code for}'s
         * iterable was evaluated when the expression was, the rest are evaluated on demand.
         */
        private final class Lazy implements Iterator<Object> {
            private final Frame frame;
            private final Iterator<?>[] iterators = new Iterator<?>[clauses.length];
            /** The clause to go on from: 0 first, then the innermost {@code for} after each item. */
            private int resumeAt;
            private boolean ready;
            private boolean finished;
            private Object pending;

            Lazy(Frame frame, Iterator<?> first) {
                this.frame = frame;
                iterators[0] = first;
            }

            @Override
            public boolean hasNext() {
                if (!ready && !finished) {
                    try {
                        advance();
                    } catch (RuntimeException e) {
                        finished = true;
                        throw locate(e, pos, semantics);
                    }
                }
                return ready;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                return pending;
            }

            private void advance() {
                Budget budget = frame.context.budget();
                int i = resumeAt;
                while (i >= 0) {
                    if (i == clauses.length) {
                        pending = element.eval(frame);
                        ready = true;
                        resumeAt = innermostFor(i);
                        return;
                    }
                    Clause clause = clauses[i];
                    if (clause.condition() != null) {
                        i = semantics.isTruthy(clause.condition().eval(frame)) ? i + 1 : innermostFor(i);
                        continue;
                    }
                    if (iterators[i] == null) {
                        iterators[i] = semantics.iterate(clause.source().eval(frame));
                    }
                    if (iterators[i].hasNext()) {
                        budget.step(site);
                        clause.target().match(iterators[i].next(), frame);
                        i++;
                    } else {
                        iterators[i] = null;
                        i = innermostFor(i);
                    }
                }
                finished = true;
            }

            /** The last {@code for} clause before {@code index}, or -1 when there is none (all are exhausted). */
            private int innermostFor(int index) {
                for (int j = index - 1; j >= 0; j--) {
                    if (clauses[j].condition() == null) {
                        return j;
                    }
                }
                return -1;
            }
        }

        private void run(int index, Frame frame, List<Object> out, List<Object> values) {
            if (index == clauses.length) {
                out.add(element.eval(frame));
                if (values != null) {
                    values.add(value.eval(frame));
                }
                Budget.checkSize(out.size());
                return;
            }
            Clause clause = clauses[index];
            if (clause.condition() != null) {
                if (semantics.isTruthy(clause.condition().eval(frame))) {
                    run(index + 1, frame, out, values);
                }
                return;
            }
            Budget budget = frame.context.budget();
            for (Iterator<?> it = semantics.iterate(clause.source().eval(frame)); it.hasNext();) {
                budget.step(site);
                clause.target().match(it.next(), frame);
                run(index + 1, frame, out, values);
            }
        }
    }

    static final class Interpolate extends CodeNode {
        private final InterpolationKind kind;
        private final String[] texts;
        private final CodeNode[] values;
        private final String[] formats;
        private final char[] conversions;
        private final DialectSemantics semantics;

        Interpolate(Position pos, InterpolationKind kind, String[] texts, CodeNode[] values, String[] formats,
                char[] conversions, DialectSemantics semantics) {
            super(pos);
            this.kind = kind;
            this.texts = texts;
            this.values = values;
            this.formats = formats;
            this.conversions = conversions;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object[] evaluated = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                evaluated[i] = values[i].eval(frame);
            }
            try {
                return semantics.interpolate(kind, texts, evaluated, formats, conversions);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    static final class Index extends CodeNode {
        private final CodeNode target;
        private final CodeNode index;
        private final DialectSemantics semantics;

        Index(Position pos, CodeNode target, CodeNode index, DialectSemantics semantics) {
            super(pos);
            this.target = target;
            this.index = index;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object t = target.eval(frame);
            Object i = index.eval(frame);
            try {
                return semantics.index(t, i);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    static final class Slice extends CodeNode {
        private final CodeNode lower;
        private final CodeNode upper;
        private final CodeNode step;
        private final DialectSemantics semantics;

        Slice(Position pos, CodeNode lower, CodeNode upper, CodeNode step, DialectSemantics semantics) {
            super(pos);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            return semantics.slice(lower == null ? null : lower.eval(frame), upper == null ? null : upper.eval(frame),
                    step == null ? null : step.eval(frame));
        }
    }

    /** Assignment target {@code a[i]}. */
    static final class IndexTarget extends PatternNode {
        private final CodeNode target;
        private final CodeNode index;

        IndexTarget(CodeNode target, CodeNode index) {
            this.target = target;
            this.index = index;
        }

        @Override
        boolean match(Object value, Frame frame) {
            frame.context.semantics().setIndex(target.eval(frame), index.eval(frame), value);
            return true;
        }
    }

    /** Assignment target {@code a(i)} in Scala: {@code a.update(i, value)}. */
    static final class UpdateTarget extends PatternNode {
        private final CodeNode target;
        private final ArgList args;

        UpdateTarget(CodeNode target, ArgList args) {
            this.target = target;
            this.args = args;
        }

        @Override
        boolean match(Object value, Frame frame) {
            frame.context.semantics().update(target.eval(frame), args.positional(frame), value);
            return true;
        }
    }

    /** Assignment target {@code obj.name}. */
    static final class AttributeTarget extends PatternNode {
        private final CodeNode receiver;
        private final String name;

        AttributeTarget(CodeNode receiver, String name) {
            this.receiver = receiver;
            this.name = name;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object target = receiver.eval(frame);
            if (target instanceof Instance instance) {
                instance.setField(name, value);
            } else if (target instanceof ClassValue classValue && classValue.isPython()) {
                classValue.setAttribute(name, value);
            } else {
                frame.context.semantics().setAttribute(target, name, value);
            }
            return true;
        }
    }
}
