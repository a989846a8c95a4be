package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.ImportedName;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Python's rule that a name bound anywhere in a function body is local to the whole function: collects the names a
 * suite binds (assignment, for, def, class, import, except-as, del), not looking into nested functions, classes,
 * lambdas or comprehensions, and the names it declares {@code global} or {@code nonlocal}.
 */
final class PythonBindings {

    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();

    static PythonBindings of(List<Stmt> suite) {
        PythonBindings bindings = new PythonBindings();
        bindings.scan(suite);
        bindings.bound.removeAll(bindings.declaredGlobal);
        bindings.bound.removeAll(bindings.declaredNonlocal);
        return bindings;
    }

    private void scan(List<Stmt> suite) {
        for (Stmt stmt : suite) {
            scan(stmt);
        }
    }

    private void scan(Stmt stmt) {
        if (stmt instanceof Stmt.Assign s) {
            s.targets().forEach(this::target);
        } else if (stmt instanceof Stmt.AugAssign s) {
            target(s.target());
        } else if (stmt instanceof Stmt.For s) {
            pattern(s.target());
            scan(s.body());
            scan(s.orElse());
        } else if (stmt instanceof Stmt.While s) {
            scan(s.body());
            scan(s.orElse());
        } else if (stmt instanceof Stmt.If s) {
            scan(s.then());
            scan(s.otherwise());
        } else if (stmt instanceof Stmt.Def s) {
            bound.add(s.name());
        } else if (stmt instanceof Stmt.ClassDef s) {
            bound.add(s.name());
        } else if (stmt instanceof Stmt.Import s) {
            for (ImportedName name : s.names()) {
                bound.add(name.boundName());
            }
        } else if (stmt instanceof Stmt.ImportModule s) {
            bound.add(s.alias() != null ? s.alias() : s.path().get(0));
        } else if (stmt instanceof Stmt.Delete s) {
            s.targets().forEach(this::target);
        } else if (stmt instanceof Stmt.Global s) {
            (s.nonlocal() ? declaredNonlocal : declaredGlobal).addAll(s.names());
        } else if (stmt instanceof Stmt.ExprStmt s && s.expr() instanceof Expr.Try t) {
            tryStatement(t);
        }
    }

    private void tryStatement(Expr.Try t) {
        suiteOf(t.body());
        for (MatchCase handler : t.handlers()) {
            pattern(handler.pattern());
            suiteOf(handler.body());
        }
        suiteOf(t.orElse());
        suiteOf(t.finallyBody());
    }

    private void suiteOf(Expr body) {
        if (body instanceof Expr.Block block) {
            scan(block.statements());
        }
    }

    private void target(Expr target) {
        if (target instanceof Expr.Name n) {
            bound.add(n.name());
        } else if (target instanceof Expr.TupleExpr t) {
            t.items().forEach(this::target);
        } else if (target instanceof Expr.ListExpr l) {
            l.items().forEach(this::target);
        } else if (target instanceof Expr.Starred s) {
            target(s.value());
        }
    }

    private void pattern(Pattern pattern) {
        if (pattern instanceof Pattern.Bind b) {
            bound.add(b.name());
        } else if (pattern instanceof Pattern.As a) {
            bound.add(a.name());
            pattern(a.inner());
        } else if (pattern instanceof Pattern.TuplePattern t) {
            t.items().forEach(this::pattern);
        } else if (pattern instanceof Pattern.Rest r && r.name() != null) {
            bound.add(r.name());
        } else if (pattern instanceof Pattern.Typed t) {
            pattern(t.inner());
        }
    }
}
