package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.Iterator;

/** Sequencing, loops, matching, exceptions and returns. */
final class ControlNodes {

    private ControlNodes() {
    }

    /** Statements in order, then the value of the last node. */
    static final class Sequence extends CodeNode {
        private final CodeNode[] statements;
        private final CodeNode result;

        Sequence(Position pos, CodeNode[] statements, CodeNode result) {
            super(pos);
            this.statements = statements;
            this.result = result;
        }

        @Override
        Object eval(Frame frame) {
            for (CodeNode statement : statements) {
                statement.eval(frame);
            }
            return result.eval(frame);
        }
    }

    /** Evaluates a value and matches it against a pattern that must match (Scala {@code val (a, b) = t}). */
    static final class Destructure extends CodeNode {
        private final CodeNode value;
        private final PatternNode target;
        private final Object unit;

        Destructure(Position pos, CodeNode value, PatternNode target, Object unit) {
            super(pos);
            this.value = value;
            this.target = target;
            this.unit = unit;
        }

        @Override
        Object eval(Frame frame) {
            Object v = value.eval(frame);
            boolean matched;
            try {
                matched = target.match(v, frame);
            } catch (RuntimeException e) {
                throw locate(e, pos, frame.context.semantics());
            }
            if (!matched) {
                throw locate(frame.context.semantics().matchError(v), pos, frame.context.semantics());
            }
            return unit;
        }
    }

    static final class While extends CodeNode {
        private final CodeNode condition;
        private final CodeNode body;
        private final CodeNode orElse;
        private final boolean testFirst;
        private final CodeSite site;
        private final DialectSemantics semantics;

        While(Position pos, CodeNode condition, CodeNode body, CodeNode orElse, boolean testFirst, CodeSite site,
                DialectSemantics semantics) {
            super(pos);
            this.condition = condition;
            this.body = body;
            this.orElse = orElse;
            this.testFirst = testFirst;
            this.site = site;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Budget budget = frame.context.budget();
            boolean first = !testFirst;
            while (first || test(frame)) {
                first = false;
                budget.step(site);
                try {
                    body.eval(frame);
                } catch (ControlSignal.Break b) {
                    return semantics.unit();
                } catch (ControlSignal.Continue c) {
                    continue;
                }
            }
            orElse.eval(frame);
            return semantics.unit();
        }

        private boolean test(Frame frame) {
            Object value = condition.eval(frame);
            try {
                return semantics.isTruthy(value);
            } catch (RuntimeException e) {
                throw locate(e, condition.pos, semantics);
            }
        }
    }

    static final class For extends CodeNode {
        private final ForHead head;
        private final CodeNode body;
        private final CodeNode orElse;
        private final DialectSemantics semantics;

        For(Position pos, PatternNode target, CodeNode iterable, CodeNode body, CodeNode orElse, CodeSite site,
                DialectSemantics semantics) {
            super(pos);
            this.head = new ForHead(pos, target, iterable, site, semantics);
            this.body = body;
            this.orElse = orElse;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Iterator<?> items = head.items(frame);
            while (head.bindNext(items, frame)) {
                try {
                    body.eval(frame);
                } catch (ControlSignal.Break b) {
                    return semantics.unit();
                } catch (ControlSignal.Continue c) {
                    continue;
                }
            }
            orElse.eval(frame);
            return semantics.unit();
        }
    }

    static final class Break extends CodeNode {
        Break(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            throw ControlSignal.Break.INSTANCE;
        }
    }

    static final class Continue extends CodeNode {
        Continue(Position pos) {
            super(pos);
        }

        @Override
        Object eval(Frame frame) {
            throw ControlSignal.Continue.INSTANCE;
        }
    }

    static final class Return extends CodeNode {
        private final CodeNode value;

        Return(Position pos, CodeNode value) {
            super(pos);
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            throw new ControlSignal.Return(frame.home, value.eval(frame));
        }
    }

    /** One case of a match, catch or case lambda. */
    record Case(PatternNode pattern, CodeNode guard, CodeNode body) {
    }

    static Object select(Case[] cases, Object value, Frame frame, DialectSemantics semantics, Position pos) {
        for (Case c : cases) {
            if (c.pattern().match(value, frame)
                    && (c.guard() == null || semantics.isTruthy(c.guard().eval(frame)))) {
                return c.body().eval(frame);
            }
        }
        throw CodeNode.locate(semantics.matchError(value), pos, semantics);
    }

    static final class Match extends CodeNode {
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
        Object eval(Frame frame) {
            return select(cases, scrutinee.eval(frame), frame, semantics, pos);
        }
    }

    /** Catches only the program's own exceptions; sandbox errors and exits pass through untouched. */
    static final class Try extends CodeNode {
        private final CodeNode body;
        private final Case[] handlers;
        private final CodeNode orElse;
        private final CodeNode finallyBody;
        private final DialectSemantics semantics;

        Try(Position pos, CodeNode body, Case[] handlers, CodeNode orElse, CodeNode finallyBody,
                DialectSemantics semantics) {
            super(pos);
            this.body = body;
            this.handlers = handlers;
            this.orElse = orElse;
            this.finallyBody = finallyBody;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            boolean halted = false;
            try {
                Object result;
                try {
                    result = body.eval(frame);
                } catch (RuntimeException e) {
                    RuntimeException located = locate(e, pos, semantics);
                    if (!(located instanceof GuestException guest)) {
                        throw located;
                    }
                    return handle(guest, frame);
                }
                return orElse == null ? result : orElse.eval(frame);
            } catch (ProgramHalt halt) {
                halted = true;
                throw halt;
            } finally {
                if (finallyBody != null && !halted) {
                    finallyBody.eval(frame);
                }
            }
        }

        private Object handle(GuestException guest, Frame frame) {
            Object value = guest.value();
            for (Case c : handlers) {
                if (c.pattern().match(value, frame)
                        && (c.guard() == null || semantics.isTruthy(c.guard().eval(frame)))) {
                    GuestException outer = frame.handling;
                    frame.handling = guest;
                    try {
                        return c.body().eval(frame);
                    } finally {
                        frame.handling = outer;
                    }
                }
            }
            throw guest;
        }
    }

    /** {@code throw e} / {@code raise e from c}; a bare {@code raise} re-raises the exception being handled. */
    static final class Throw extends CodeNode {
        private final CodeNode exception;
        private final DialectSemantics semantics;

        Throw(Position pos, CodeNode exception, DialectSemantics semantics) {
            super(pos);
            this.exception = exception;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            if (exception == null) {
                if (frame.handling == null) {
                    throw new LangException("lang.raise.nothing", pos);
                }
                throw frame.handling;
            }
            Object value = exception.eval(frame);
            ErrorValue error;
            try {
                error = semantics.toThrowable(value);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
            throw new GuestException(error).at(pos);
        }
    }

    static final class Assert extends CodeNode {
        private final CodeNode condition;
        private final CodeNode message;
        private final ErrorType assertionError;
        private final DialectSemantics semantics;

        Assert(Position pos, CodeNode condition, CodeNode message, ErrorType assertionError,
                DialectSemantics semantics) {
            super(pos);
            this.condition = condition;
            this.message = message;
            this.assertionError = assertionError;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            if (!semantics.isTruthy(condition.eval(frame))) {
                String text = message == null ? null : semantics.str(message.eval(frame));
                throw new GuestException(assertionError.create(text)).at(pos);
            }
            return semantics.unit();
        }
    }

    /** An assignment: the value once, then each target in order. */
    static final class Assign extends CodeNode {
        private final CodeNode value;
        private final PatternNode[] targets;
        private final Object unit;

        Assign(Position pos, CodeNode value, PatternNode[] targets, Object unit) {
            super(pos);
            this.value = value;
            this.targets = targets;
            this.unit = unit;
        }

        @Override
        Object eval(Frame frame) {
            Object v = value.eval(frame);
            for (PatternNode target : targets) {
                try {
                    target.match(v, frame);
                } catch (RuntimeException e) {
                    throw locate(e, pos, frame.context.semantics());
                }
            }
            return unit;
        }
    }
}
