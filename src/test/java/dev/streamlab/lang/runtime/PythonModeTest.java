package dev.streamlab.lang.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.ComprehensionClause;
import dev.streamlab.lang.ast.ComprehensionKind;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The core in Python mode, on hand-built trees: function scoping, closures, generators, exceptions, classes. */
class PythonModeTest {

    private static final Position P = new Position(1, 1);
    private final List<String> printed = new ArrayList<>();

    private List<String> run(Stmt... statements) {
        MinimalPython semantics = new MinimalPython();
        HostRegistry registry = new HostRegistry(Language.PYTHON);
        semantics.install(registry);
        registry.global("out", new NativeFunction("out", -1, a -> {
            List<String> parts = new ArrayList<>();
            for (Object v : a) {
                parts.add(semantics.str(v));
            }
            printed.add(String.join(" ", parts));
            return null;
        }));
        Program program = new Program(Language.PYTHON, "t.py", "", List.of(statements));
        OutputSink sink = new OutputSink() {
            @Override
            public void out(String line) {
            }

            @Override
            public void err(String line) {
            }
        };
        CompiledProgram.compile(program, semantics, registry, Map.of()).run(new RunEnvironment(List.of(), sink));
        return printed;
    }

    private static Expr name(String n) {
        return new Expr.Name(n, P);
    }

    private static Expr num(long v) {
        return new Expr.Literal(LiteralKind.INT, v, P);
    }

    private static Expr none() {
        return new Expr.Literal(LiteralKind.NONE, null, P);
    }

    private static Expr bin(Expr l, BinaryOp op, Expr r) {
        return new Expr.Binary(l, op, r, P);
    }

    private static Expr call(Expr callee, Expr... args) {
        List<Arg> list = new ArrayList<>();
        for (Expr a : args) {
            list.add(Arg.positional(a));
        }
        return new Expr.Call(callee, list, P);
    }

    private static Stmt expr(Expr e) {
        return new Stmt.ExprStmt(e, P);
    }

    private static Stmt assign(String target, Expr value) {
        return new Stmt.Assign(List.of(name(target)), value, P);
    }

    private static Stmt def(String n, List<Param> params, Stmt... body) {
        return new Stmt.Def(n, params, null, new Expr.Block(List.of(body), none(), P), List.of(), P);
    }

    private static Param param(String n) {
        return Param.of(n, P);
    }

    private static Stmt out(Expr... values) {
        return expr(call(name("out"), values));
    }

    @Test
    void globalStatementDefaultsAndKeywords() {
        assertThat(run(
                assign("total", num(0)),
                def("add", List.of(param("n"), new Param("step", ParamKind.REGULAR, num(1), null, P)),
                        new Stmt.Global(List.of("total"), false, P),
                        assign("total", bin(name("total"), BinaryOp.ADD, bin(name("n"), BinaryOp.MUL,
                                name("step"))))),
                expr(call(name("add"), num(2))),
                expr(new Expr.Call(name("add"), List.of(Arg.positional(num(3)), Arg.keyword("step", num(2), P)), P)),
                out(name("total")))).containsExactly("8");
    }

    @Test
    void assignmentMakesANameLocalToTheWholeFunction() {
        assertThat(run(
                assign("x", num(1)),
                def("f", List.of(), assign("x", num(2)), out(name("x"))),
                expr(call(name("f"))),
                out(name("x")))).containsExactly("2", "1");
    }

    @Test
    void nonlocalCounterClosure() {
        assertThat(run(
                def("counter", List.of(),
                        assign("count", num(0)),
                        def("inc", List.of(),
                                new Stmt.Global(List.of("count"), true, P),
                                new Stmt.AugAssign(name("count"), BinaryOp.ADD, num(1), P),
                                new Stmt.Return(name("count"), P)),
                        new Stmt.Return(name("inc"), P)),
                assign("c", call(name("counter"))),
                expr(call(name("c"))),
                out(call(name("c"))))).containsExactly("2");
    }

    @Test
    void generatorsCollectTheirYields() {
        assertThat(run(
                def("gen", List.of(param("n")),
                        assign("i", num(0)),
                        new Stmt.While(bin(name("i"), BinaryOp.LT, name("n")),
                                List.of(expr(new Expr.Yield(name("i"), false, P)),
                                        new Stmt.AugAssign(name("i"), BinaryOp.ADD, num(1), P)),
                                List.of(), true, P)),
                out(call(name("gen"), num(3))))).containsExactly("[0, 1, 2]");
    }

    @Test
    void forLoopsUnpackBreakAndComprehensionsFilter() {
        Expr pairs = new Expr.ListExpr(List.of(new Expr.TupleExpr(List.of(num(1), num(10)), P),
                new Expr.TupleExpr(List.of(num(2), num(20)), P), new Expr.TupleExpr(List.of(num(3), num(30)), P)), P);
        Pattern kv = new Pattern.TuplePattern(List.of(new Pattern.Bind("k", P), new Pattern.Bind("v", P)), P);
        assertThat(run(
                assign("pairs", pairs),
                new Stmt.For(kv, name("pairs"), List.of(
                        new Stmt.If(bin(name("k"), BinaryOp.GT, num(1)), List.of(new Stmt.Break(P)), List.of(), P),
                        out(name("v"))), List.of(out(name("k"))), P),
                out(new Expr.Comprehension(ComprehensionKind.LIST, name("x"), null, List.of(
                        new ComprehensionClause.For(new Pattern.Bind("x", P), new Expr.ListExpr(
                                List.of(num(1), num(2), num(3)), P), P),
                        new ComprehensionClause.If(bin(name("x"), BinaryOp.GT, num(1)), P)), P)),
                out(name("k")))).containsExactly("10", "[2, 3]", "2");
    }

    @Test
    void exceptCatchesByClassBindsAndReraises() {
        MatchCase handler = new MatchCase(new Pattern.As("e", new Pattern.Typed(new Pattern.Wildcard(P),
                "ValueError", P), P), null, new Expr.Block(List.of(out(name("e"))), none(), P), P);
        Expr inner = new Expr.Try(new Expr.Block(List.of(expr(new Expr.Throw(call(name("ValueError"),
                new Expr.Literal(LiteralKind.STRING, "bad", P)), null, P))), none(), P), List.of(handler), null,
                new Expr.Block(List.of(out(new Expr.Literal(LiteralKind.STRING, "finally", P))), none(), P), P);
        assertThat(run(expr(inner))).containsExactly("ValueError: bad", "finally");
    }

    @Test
    void undefinedNameFailsOnlyWhenReached() {
        assertThatThrownBy(() -> run(
                def("never", List.of(), out(name("undefined_thing"))),
                assign("words", num(1)),
                out(name("wrods"))))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(java.util.Locale.ENGLISH))
                        .isEqualTo("NameError: name 'wrods' is not defined (did you mean 'words'?)"));
    }

    @Test
    void classesWithInitMethodsAndAttributes() {
        Stmt init = def("__init__", List.of(param("self"), param("n")),
                new Stmt.Assign(List.of(new Expr.Select(name("self"), "n", P)), name("n"), P));
        Stmt twice = new Stmt.Def("twice", List.of(param("self")), null, new Expr.Block(List.of(
                new Stmt.Return(bin(new Expr.Select(name("self"), "n", P), BinaryOp.MUL, num(2)), P)), none(), P),
                List.of(), P);
        assertThat(run(
                new Stmt.ClassDef(ClassKind.PYTHON_CLASS, "Box", List.of(), List.of(), false, List.of(init, twice),
                        List.of(), P),
                assign("b", call(name("Box"), num(21))),
                out(new Expr.MethodCall(name("b"), "twice", List.of(), List.of(), P)),
                out(new Expr.Select(name("b"), "n", P)))).containsExactly("42", "21");
    }

    @Test
    void starArgsAndKeywordArgsCollectTheRest() {
        Stmt f = def("f", List.of(param("a"), new Param("rest", ParamKind.VARARGS, null, null, P),
                new Param("kw", ParamKind.KWARGS, null, null, P)), out(name("a"), name("rest"), name("kw")));
        assertThat(run(f, expr(new Expr.Call(name("f"), List.of(Arg.positional(num(1)), Arg.positional(num(2)),
                Arg.positional(num(3)), Arg.keyword("x", num(4), P)), P)),
                expr(new Expr.Call(name("f"), List.of(new Arg(ArgKind.SPREAD, null, new Expr.ListExpr(
                        List.of(num(7), num(8)), P), P)), P))))
                .containsExactly("1 (2,3) {x=4}", "7 (8) {}");
    }

    @Test
    void classAttributesAugmentAndSubclassesMatchTheirBases() {
        Stmt base = new Stmt.ClassDef(ClassKind.PYTHON_CLASS, "Base", List.of(), List.of(), false,
                List.of(assign("count", num(0))), List.of(), P);
        Stmt derived = new Stmt.ClassDef(ClassKind.PYTHON_CLASS, "Derived", List.of(), List.of(name("Base")), false,
                List.of(new Stmt.Pass(P)), List.of(), P);
        Expr isBase = new Expr.Match(call(name("Derived")), List.of(
                new MatchCase(new Pattern.Typed(new Pattern.Wildcard(P), "Base", P), null, num(1), P),
                new MatchCase(new Pattern.Wildcard(P), null, num(0), P)), P);
        assertThat(run(base, derived,
                new Stmt.AugAssign(new Expr.Select(name("Base"), "count", P), BinaryOp.ADD, num(5), P),
                out(new Expr.Select(name("Base"), "count", P), new Expr.Select(name("Derived"), "count", P)),
                out(isBase))).containsExactly("5 5", "1");
    }

    @Test
    void keywordOnlyParametersAreNeverFilledPositionally() {
        Stmt f = def("f", List.of(param("a"), new Param("b", ParamKind.KEYWORD_ONLY, num(9), null, P)),
                out(name("a"), name("b")));
        assertThat(run(f, expr(call(name("f"), num(1))),
                expr(new Expr.Call(name("f"), List.of(Arg.positional(num(1)), Arg.keyword("b", num(2), P)), P))))
                .containsExactly("1 9", "1 2");
        assertThatThrownBy(() -> run(f, expr(call(name("f"), num(1), num(2))))).isInstanceOf(LangException.class);
    }

    @Test
    void augmentingAGlobalWithoutTheGlobalStatementIsAnUnboundLocal() {
        assertThatThrownBy(() -> run(
                assign("count", num(0)),
                def("bump", List.of(), new Stmt.AugAssign(name("count"), BinaryOp.ADD, num(1), P)),
                expr(call(name("bump")))))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(java.util.Locale.ENGLISH))
                        .isEqualTo("NameError: name 'count' is not defined"));
    }
}
