package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;

/** One clause of a for-comprehension before desugaring: {@code p <- e}, {@code p = e} or {@code if c}. */
sealed interface Enumerator {

    Position pos();

    record Generator(Pattern pattern, Expr source, Position pos) implements Enumerator {
    }

    record Definition(Pattern pattern, Expr value, Position pos) implements Enumerator {
    }

    record Guard(Expr condition, Position pos) implements Enumerator {
    }
}
