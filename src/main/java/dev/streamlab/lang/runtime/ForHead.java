package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.Iterator;

/**
 * What a {@code for} loop does around its body — iterate the source, then before each pass take a step of the
 * budget and bind the next item to the target — shared by the plain loop and the resumable one of a generator.
 */
final class ForHead {

    private final Position pos;
    private final PatternNode target;
    private final CodeNode iterable;
    private final CodeSite site;
    private final DialectSemantics semantics;

    ForHead(Position pos, PatternNode target, CodeNode iterable, CodeSite site, DialectSemantics semantics) {
        this.pos = pos;
        this.target = target;
        this.iterable = iterable;
        this.site = site;
        this.semantics = semantics;
    }

    /** The source's items; an error iterating it is reported at the source. */
    Iterator<?> items(Frame frame) {
        Object source = iterable.eval(frame);
        try {
            return semantics.iterate(source);
        } catch (RuntimeException e) {
            throw CodeNode.locate(e, iterable.pos, semantics);
        }
    }

    /** Binds the next item to the target, or returns false when there is none; a mismatch is reported at the loop. */
    boolean bindNext(Iterator<?> items, Frame frame) {
        if (!items.hasNext()) {
            return false;
        }
        frame.context.budget().step(site);
        Object item = items.next();
        try {
            target.match(item, frame);
        } catch (RuntimeException e) {
            throw CodeNode.locate(e, pos, semantics);
        }
        return true;
    }
}
