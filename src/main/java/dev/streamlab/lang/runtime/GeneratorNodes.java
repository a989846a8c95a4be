package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.Iterator;

/**
 * The statements of a generator body that hold a {@code yield}: each is started once per pass and gives a
 * {@link Step} that remembers where it stopped, so the body runs up to one {@code yield} at a time, when its next
 * item is asked for, as CPython runs it. Statements without a {@code yield} run as ordinary nodes ({@link Plain}).
 * Break, continue, return and exceptions travel as Java exceptions through the nested {@code resume} calls, exactly
 * as they travel through {@code eval} in ordinary code.
 */
final class GeneratorNodes {

    private GeneratorNodes() {
    }

    /** A statement of a generator body, compiled once; {@link #start} makes its state for one pass. */
    abstract static class Resumable {
        final Position pos;

        Resumable(Position pos) {
            this.pos = pos;
        }

        abstract Step start(Frame frame);
    }

    /** Where one statement is in one generator's run. */
    abstract static class Step {
        /** Runs on to the next {@code yield} (true: its value is in {@code run}) or to the statement's end (false). */
        abstract boolean resume(GeneratorRun run);
    }

    /** A statement with no {@code yield} inside: runs whole. */
    static final class Plain extends Resumable {
        private final CodeNode node;

        Plain(CodeNode node) {
            super(node.pos);
            this.node = node;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                @Override
                boolean resume(GeneratorRun run) {
                    node.eval(frame);
                    return false;
                }
            };
        }
    }

    static final class Sequence extends Resumable {
        private final Resumable[] statements;

        Sequence(Position pos, Resumable[] statements) {
            super(pos);
            this.statements = statements;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private int next;
                private Step current;

                @Override
                boolean resume(GeneratorRun run) {
                    while (true) {
                        if (current == null) {
                            if (next == statements.length) {
                                return false;
                            }
                            current = statements[next++].start(frame);
                        }
                        if (current.resume(run)) {
                            return true;
                        }
                        current = null;
                    }
                }
            };
        }
    }

    /** {@code yield value}; as an assignment's value ({@code x = yield v}) the value sent in is assigned. */
    static final class Yield extends Resumable {
        private final CodeNode value;
        private final PatternNode[] targets;

        Yield(Position pos, CodeNode value, PatternNode[] targets) {
            super(pos);
            this.value = value;
            this.targets = targets;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private boolean suspended;

                @Override
                boolean resume(GeneratorRun run) {
                    if (!suspended) {
                        suspended = true;
                        run.offer(value.eval(frame));
                        return true;
                    }
                    assign(targets, run.received(), frame, pos);
                    return false;
                }
            };
        }
    }

    private static void assign(PatternNode[] targets, Object value, Frame frame, Position pos) {
        for (PatternNode target : targets) {
            try {
                target.match(value, frame);
            } catch (RuntimeException e) {
                throw CodeNode.locate(e, pos, frame.context.semantics());
            }
        }
    }

    /** {@code yield from source}: its items one by one; sent values go on to a generator source. */
    static final class YieldFrom extends Resumable {
        private final CodeNode source;
        private final PatternNode[] targets;
        private final DialectSemantics semantics;

        YieldFrom(Position pos, CodeNode source, PatternNode[] targets, DialectSemantics semantics) {
            super(pos);
            this.source = source;
            this.targets = targets;
            this.semantics = semantics;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private Iterator<?> items;
                private GeneratorRun inner;

                @Override
                boolean resume(GeneratorRun run) {
                    if (items == null) {
                        Object value = source.eval(frame);
                        try {
                            items = semantics.iterate(value);
                        } catch (RuntimeException e) {
                            throw CodeNode.locate(e, source.pos, semantics);
                        }
                        inner = value instanceof GeneratorRun.Holder holder ? holder.generatorRun() : null;
                    }
                    if (inner != null && inner.advance(run.received())) {
                        run.offer(inner.take());
                        return true;
                    }
                    if (inner == null && items.hasNext()) {
                        run.offer(items.next());
                        return true;
                    }
                    assign(targets, inner == null ? semantics.unit() : inner.returned(), frame, pos);
                    return false;
                }
            };
        }
    }

    static final class If extends Resumable {
        private final CodeNode condition;
        private final Resumable then;
        private final Resumable otherwise;
        private final DialectSemantics semantics;

        If(Position pos, CodeNode condition, Resumable then, Resumable otherwise, DialectSemantics semantics) {
            super(pos);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
            this.semantics = semantics;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private Step branch;

                @Override
                boolean resume(GeneratorRun run) {
                    if (branch == null) {
                        branch = truth(condition, frame, semantics) ? then.start(frame) : otherwise.start(frame);
                    }
                    return branch.resume(run);
                }
            };
        }
    }

    private static boolean truth(CodeNode condition, Frame frame, DialectSemantics semantics) {
        Object value = condition.eval(frame);
        try {
            return semantics.isTruthy(value);
        } catch (RuntimeException e) {
            throw CodeNode.locate(e, condition.pos, semantics);
        }
    }

    /** A loop's shared rule: a pass of the body ends normally, by continue, or ends the loop by break. */
    private abstract static class LoopStep extends Step {
        private Step body;
        private Step orElse;

        /** Starts the next pass of the body, or returns false when the loop is done. */
        abstract boolean nextPass();

        abstract Step startBody();

        abstract Step startElse();

        @Override
        final boolean resume(GeneratorRun run) {
            if (orElse != null) {
                return orElse.resume(run);
            }
            while (true) {
                if (body == null) {
                    if (!nextPass()) {
                        orElse = startElse();
                        return orElse.resume(run);
                    }
                    body = startBody();
                }
                try {
                    if (body.resume(run)) {
                        return true;
                    }
                } catch (ControlSignal.Break b) {
                    return false;
                } catch (ControlSignal.Continue c) {
                    body = null;
                    continue;
                }
                body = null;
            }
        }
    }

    static final class While extends Resumable {
        private final CodeNode condition;
        private final Resumable body;
        private final Resumable orElse;
        private final CodeSite site;
        private final DialectSemantics semantics;

        While(Position pos, CodeNode condition, Resumable body, Resumable orElse, CodeSite site,
                DialectSemantics semantics) {
            super(pos);
            this.condition = condition;
            this.body = body;
            this.orElse = orElse;
            this.site = site;
            this.semantics = semantics;
        }

        @Override
        Step start(Frame frame) {
            return new LoopStep() {
                @Override
                boolean nextPass() {
                    if (!truth(condition, frame, semantics)) {
                        return false;
                    }
                    frame.context.budget().step(site);
                    return true;
                }

                @Override
                Step startBody() {
                    return body.start(frame);
                }

                @Override
                Step startElse() {
                    return orElse.start(frame);
                }
            };
        }
    }

    static final class For extends Resumable {
        private final ForHead head;
        private final Resumable body;
        private final Resumable orElse;

        For(Position pos, PatternNode target, CodeNode iterable, Resumable body, Resumable orElse, CodeSite site,
                DialectSemantics semantics) {
            super(pos);
            this.head = new ForHead(pos, target, iterable, site, semantics);
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        Step start(Frame frame) {
            return new LoopStep() {
                private Iterator<?> items;

                @Override
                boolean nextPass() {
                    if (items == null) {
                        items = head.items(frame);
                    }
                    return head.bindNext(items, frame);
                }

                @Override
                Step startBody() {
                    return body.start(frame);
                }

                @Override
                Step startElse() {
                    return orElse.start(frame);
                }
            };
        }
    }

    /** One case of a try's handlers or of a match, whose body may yield. */
    record Case(PatternNode pattern, CodeNode guard, Resumable body) {

        boolean matches(Object value, Frame frame, DialectSemantics semantics) {
            return pattern.match(value, frame) && (guard == null || semantics.isTruthy(guard.eval(frame)));
        }
    }

    static final class Match extends Resumable {
        private final CodeNode scrutinee;
        private final Case[] cases;
        private final DialectSemantics semantics;

        Match(Position pos, CodeNode scrutinee, Case[] cases, DialectSemantics semantics) {
            super(pos);
            this.scrutinee = scrutinee;
            this.cases = cases;
            this.semantics = semantics;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private Step body;

                @Override
                boolean resume(GeneratorRun run) {
                    if (body == null) {
                        Object value = scrutinee.eval(frame);
                        for (Case c : cases) {
                            if (c.matches(value, frame, semantics)) {
                                body = c.body().start(frame);
                                break;
                            }
                        }
                        if (body == null) {
                            throw CodeNode.locate(semantics.matchError(value), pos, semantics);
                        }
                    }
                    return body.resume(run);
                }
            };
        }
    }

    /**
     * A try whose body, handlers or else part may yield. Its finally part runs when the statement ends, not at a
     * yield; the compiler refuses a yield inside the finally part itself.
     */
    static final class Try extends Resumable {
        private final Resumable body;
        private final Case[] handlers;
        private final Resumable orElse;
        private final CodeNode finallyBody;
        private final DialectSemantics semantics;

        Try(Position pos, Resumable body, Case[] handlers, Resumable orElse, CodeNode finallyBody,
                DialectSemantics semantics) {
            super(pos);
            this.body = body;
            this.handlers = handlers;
            this.orElse = orElse;
            this.finallyBody = finallyBody;
            this.semantics = semantics;
        }

        @Override
        Step start(Frame frame) {
            return new Step() {
                private Step current = body.start(frame);
                private boolean inBody = true;
                private GuestException handled;

                @Override
                boolean resume(GeneratorRun run) {
                    boolean suspended = false;
                    boolean halted = false;
                    try {
                        suspended = step(run);
                        return suspended;
                    } catch (ProgramHalt halt) {
                        halted = true;
                        throw halt;
                    } finally {
                        if (!suspended && !halted && finallyBody != null) {
                            finallyBody.eval(frame);
                        }
                    }
                }

                private boolean step(GeneratorRun run) {
                    if (inBody) {
                        try {
                            if (current.resume(run)) {
                                return true;
                            }
                            inBody = false;
                            current = orElse == null ? null : orElse.start(frame);
                        } catch (RuntimeException e) {
                            RuntimeException located = CodeNode.locate(e, pos, semantics);
                            if (!(located instanceof GuestException guest)) {
                                throw located;
                            }
                            inBody = false;
                            current = handler(guest);
                            handled = guest;
                        }
                    }
                    if (current == null) {
                        return false;
                    }
                    GuestException outer = frame.handling;
                    if (handled != null) {
                        frame.handling = handled;
                    }
                    try {
                        return current.resume(run);
                    } finally {
                        frame.handling = outer;
                    }
                }

                private Step handler(GuestException guest) {
                    for (Case c : handlers) {
                        if (c.matches(guest.value(), frame, semantics)) {
                            return c.body().start(frame);
                        }
                    }
                    throw guest;
                }
            };
        }
    }
}
