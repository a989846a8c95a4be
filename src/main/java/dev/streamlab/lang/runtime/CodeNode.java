package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/**
 * An executable node: the compiler turns each AST node into one of these once, with names already bound to slots
 * and operators already chosen, so running code only evaluates. Statements are nodes whose value is ignored.
 */
abstract class CodeNode {

    final Position pos;

    CodeNode(Position pos) {
        this.pos = pos;
    }

    abstract Object eval(Frame frame);

    /** Attaches this node's position to an error passing through, turning stray Java exceptions into guest ones. */
    static RuntimeException locate(RuntimeException error, Position pos, DialectSemantics semantics) {
        if (error instanceof GuestException guest) {
            return guest.at(pos);
        }
        if (error instanceof LangException lang) {
            return lang.at(pos);
        }
        if (error instanceof ControlSignal || error instanceof ProgramExit || error instanceof ProgramHalt) {
            return error;
        }
        return semantics.fromJava(error).at(pos);
    }
}
