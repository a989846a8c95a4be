package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code implicit} parameter list. The lab resolves the implicit Scala code asks for most, {@code Ordering[T]}:
 * the parameter defaults to {@code Ordering[T]}, which compares as Scala's implicit orderings do, the program's own
 * {@code implicit val}/{@code object} orderings included. Parameters of other types are dropped, as the lab has no
 * other implicit values to pass.
 */
final class ImplicitParameters {

    private ImplicitParameters() {
    }

    static List<Param> withDefaults(List<Param> clause) {
        List<Param> params = new ArrayList<>();
        for (Param p : clause) {
            String type = p.declaredType();
            if (p.defaultValue() != null) {
                params.add(p);
            } else if (type != null && type.startsWith("Ordering[") && type.endsWith("]")) {
                Expr ordering = new Expr.Call(new Expr.Name("Ordering", p.pos()),
                        List.of(type.substring("Ordering[".length(), type.length() - 1)), List.of(), p.pos());
                params.add(new Param(p.name(), p.kind(), ordering, type, p.pos()));
            }
        }
        return params;
    }
}
