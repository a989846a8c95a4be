package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * A function being resolved (def, lambda, class body/constructor, or the program's top level): how many frame slots
 * it needs and which variables of enclosing functions it captures, in the order of its closure's cell array.
 */
final class FunctionScope {

    final FunctionScope parent;
    final String name;
    final Position position;
    final ClassInfo selfClass;
    final boolean isDef;
    final List<Symbol> captures = new ArrayList<>();
    final List<Symbol> locals = new ArrayList<>();
    int slotCount;
    boolean generator;

    FunctionScope(FunctionScope parent, String name, Position position, ClassInfo selfClass, boolean isDef) {
        this.parent = parent;
        this.name = name;
        this.position = position;
        this.selfClass = selfClass;
        this.isDef = isDef;
    }

    Symbol newLocal(String localName, Position where) {
        Symbol symbol = new Symbol(localName, Symbol.Kind.LOCAL, where);
        symbol.owner = this;
        symbol.slot = slotCount++;
        locals.add(symbol);
        return symbol;
    }

    /** The index of {@code symbol} in this function's captured cells, capturing it through every enclosing level. */
    int captureIndex(Symbol symbol) {
        int index = captures.indexOf(symbol);
        if (index < 0) {
            symbol.captured = true;
            if (parent != null && parent != symbol.owner) {
                parent.captureIndex(symbol);
            }
            captures.add(symbol);
            index = captures.size() - 1;
        }
        return index;
    }
}
