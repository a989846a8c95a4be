package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import java.util.List;

/**
 * The program's implicit orderings: an {@code implicit val o: Ordering[T]} (or {@code lazy val}, or parameterless
 * {@code def}) or an
 * {@code implicit object O extends Ordering[T]} is followed by a call that makes it the ordering of {@code T} for the
 * rest of the run (the Scala library's {@code ScalaImplicitOrderings}). Implicits of other types change nothing the
 * lab computes and are left as plain definitions.
 */
final class ImplicitOrderings {

    static final String REGISTER = "implicit$ordering";

    private ImplicitOrderings() {
    }

    /** After the statements from {@code first} on, one {@code implicit val} or {@code def} definition. */
    static void registerVals(List<Stmt> out, int first) {
        for (Stmt stmt : List.copyOf(out.subList(first, out.size()))) {
            String type = orderedType(stmt instanceof Stmt.ValDef v ? v.declaredType()
                    : stmt instanceof Stmt.Def d ? d.returnType() : null);
            if (type == null) {
                continue;
            }
            if (stmt instanceof Stmt.ValDef v && v.target() instanceof Pattern.Bind bind && !v.mutable()) {
                out.add(register(type, bind.name(), v.pos()));
            } else if (stmt instanceof Stmt.Def d && d.params().isEmpty()) {
                out.add(register(type, d.name(), d.pos()));
            }
        }
    }

    /** After an {@code implicit object}: its {@code compare} method's parameter type is the ordered type. */
    static void registerObject(List<Stmt> out, Stmt.ClassDef definition) {
        if (definition.kind() != ClassKind.OBJECT) {
            return;
        }
        for (Stmt member : definition.body()) {
            if (member instanceof Stmt.Def def && def.name().equals("compare") && def.params().size() == 2) {
                Param first = def.params().get(0);
                if (first.declaredType() != null && first.declaredType().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.add(register(first.declaredType(), definition.name(), definition.pos()));
                }
                return;
            }
        }
    }

    private static String orderedType(String declared) {
        if (declared == null || !declared.startsWith("Ordering[") || !declared.endsWith("]")) {
            return null;
        }
        String type = declared.substring("Ordering[".length(), declared.length() - 1).trim();
        return type.matches("[A-Za-z_][A-Za-z0-9_]*") ? type : null;
    }

    private static Stmt register(String type, String name, Position pos) {
        Expr call = new Expr.Call(new Expr.Name(REGISTER, pos), List.of(), List.of(
                Arg.positional(new Expr.Literal(LiteralKind.STRING, type, pos)),
                Arg.positional(new Expr.Name(name, pos))), pos);
        return new Stmt.ExprStmt(call, pos);
    }
}
