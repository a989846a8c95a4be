package dev.streamlab.lang.python.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.InterpolationPart;
import dev.streamlab.lang.ast.Pattern;
import java.util.List;
import java.util.stream.Collectors;

/** A compact Lisp-like rendering of expressions, so parser tests can state the expected tree in one line. */
final class AstText {

    private AstText() {
    }

    static String of(Expr e) {
        if (e == null) {
            return "_";
        }
        if (e instanceof Expr.Literal l) {
            if (l.kind() == dev.streamlab.lang.ast.LiteralKind.NONE) {
                return "None";
            }
            return l.value() instanceof String s ? "'" + s + "'" : String.valueOf(l.value());
        }
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Select s) {
            return "(. " + of(s.receiver()) + " " + s.name() + ")";
        }
        if (e instanceof Expr.MethodCall m) {
            return "(." + m.name() + " " + of(m.receiver()) + args(m.args()) + ")";
        }
        if (e instanceof Expr.Call c) {
            return "(call " + of(c.callee()) + args(c.args()) + ")";
        }
        if (e instanceof Expr.Index i) {
            return "([] " + of(i.target()) + " " + of(i.index()) + ")";
        }
        if (e instanceof Expr.Slice s) {
            return "(: " + of(s.lower()) + " " + of(s.upper()) + " " + of(s.step()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "(" + u.op().symbol() + " " + of(u.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        }
        if (e instanceof Expr.CompareChain c) {
            StringBuilder out = new StringBuilder("(chain ").append(of(c.operands().get(0)));
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(c.ops().get(i).symbol()).append(' ').append(of(c.operands().get(i + 1)));
            }
            return out.append(')').toString();
        }
        if (e instanceof Expr.Logical l) {
            return "(" + l.op().name().toLowerCase() + " " + of(l.left()) + " " + of(l.right()) + ")";
        }
        if (e instanceof Expr.If i) {
            return "(if " + of(i.condition()) + " " + of(i.then()) + " " + of(i.otherwise()) + ")";
        }
        if (e instanceof Expr.Lambda l) {
            return "(lambda [" + l.params().stream().map(p -> p.kind() + ":" + p.name()
                    + (p.defaultValue() == null ? "" : "=" + of(p.defaultValue())))
                    .collect(Collectors.joining(" ")) + "] " + of(l.body()) + ")";
        }
        if (e instanceof Expr.TupleExpr t) {
            return "(tuple" + items(t.items()) + ")";
        }
        if (e instanceof Expr.ListExpr l) {
            return "(list" + items(l.items()) + ")";
        }
        if (e instanceof Expr.SetExpr s) {
            return "(set" + items(s.items()) + ")";
        }
        if (e instanceof Expr.DictExpr d) {
            return "(dict" + d.entries().stream().map(en -> " " + of(en.key()) + ":" + of(en.value()))
                    .collect(Collectors.joining()) + ")";
        }
        if (e instanceof Expr.Starred s) {
            return "(* " + of(s.value()) + ")";
        }
        if (e instanceof Expr.Comprehension c) {
            return "(" + c.kind().name().toLowerCase() + "-comp " + of(c.element())
                    + (c.value() == null ? "" : ":" + of(c.value())) + c.clauses().stream().map(cl ->
                    cl instanceof dev.streamlab.lang.ast.ComprehensionClause.For f
                            ? " for " + pattern(f.target()) + " in " + of(f.iterable())
                            : " if " + of(((dev.streamlab.lang.ast.ComprehensionClause.If) cl).condition()))
                    .collect(Collectors.joining()) + ")";
        }
        if (e instanceof Expr.Interpolation i) {
            return "(f" + i.parts().stream().map(p -> p instanceof InterpolationPart.Text t ? " '" + t.text() + "'"
                    : " {" + of(((InterpolationPart.Hole) p).value())
                    + (((InterpolationPart.Hole) p).conversion() == 0 ? "" : "!" + ((InterpolationPart.Hole) p).conversion())
                    + (((InterpolationPart.Hole) p).format() == null ? "" : ":" + ((InterpolationPart.Hole) p).format())
                    + "}").collect(Collectors.joining()) + ")";
        }
        if (e instanceof Expr.Yield y) {
            return "(yield" + (y.delegate() ? "-from " : " ") + of(y.value()) + ")";
        }
        return e.getClass().getSimpleName();
    }

    static String pattern(Pattern p) {
        if (p instanceof Pattern.Bind b) {
            return b.name();
        }
        if (p instanceof Pattern.TuplePattern t) {
            return "(" + t.items().stream().map(AstText::pattern).collect(Collectors.joining(" ")) + ")";
        }
        if (p instanceof Pattern.Rest r) {
            return "*" + r.name();
        }
        if (p instanceof Pattern.Typed t) {
            return t.typeName();
        }
        if (p instanceof Pattern.As a) {
            return pattern(a.inner()) + " as " + a.name();
        }
        if (p instanceof Pattern.Alternatives a) {
            return a.alternatives().stream().map(AstText::pattern).collect(Collectors.joining("|"));
        }
        return p.getClass().getSimpleName();
    }

    private static String items(List<Expr> items) {
        return items.stream().map(i -> " " + of(i)).collect(Collectors.joining());
    }

    private static String args(List<Arg> args) {
        return args.stream().map(a -> switch (a.kind()) {
            case POSITIONAL -> " " + of(a.value());
            case KEYWORD -> " " + a.keyword() + "=" + of(a.value());
            case SPREAD -> " *" + of(a.value());
            case KEYWORD_SPREAD -> " **" + of(a.value());
        }).collect(Collectors.joining());
    }
}
