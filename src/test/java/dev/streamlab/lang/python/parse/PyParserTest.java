package dev.streamlab.lang.python.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.ast.Stmt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PyParserTest {

    static String seed(String name) throws IOException {
        try (InputStream in = PyParserTest.class.getResourceAsStream("/seeds/python/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Stmt> parse(String source) {
        return PyParser.parse(source, "test.py").statements();
    }

    private static String expr(String source) {
        Stmt s = parse(source).get(0);
        return AstText.of(((Stmt.ExprStmt) s).expr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_spark_streaming_stateless.py", "001_spark_streaming_stateful.py", "001_spark_streaming_window.py",
        "001_tcp_server.py", "002_pyspark_streaming.py", "004_network_wordcount.py"})
    void seedProgramsParse(String name) throws IOException {
        Program program = PyParser.parse(seed(name), name);
        assertThat(program.statements()).isNotEmpty();
    }

    @Test
    void networkWordCountChainsMethodCallsAcrossBackslashes() throws IOException {
        List<Stmt> statements = PyParser.parse(seed("004_network_wordcount.py"), "x.py").statements();
        Stmt.If main = (Stmt.If) statements.get(statements.size() - 1);
        assertThat(AstText.of(main.condition())).isEqualTo("(== __name__ '__main__')");
        Stmt.Assign counts = (Stmt.Assign) main.then().get(4);
        assertThat(AstText.of(counts.value())).isEqualTo("(.reduceByKey (.map (.flatMap lines "
                + "(lambda [REGULAR:line] (.split line ' '))) (lambda [REGULAR:word] (tuple word 1))) "
                + "(lambda [REGULAR:a REGULAR:b] (+ a b)))");
        Stmt.ExprStmt usage = (Stmt.ExprStmt) ((Stmt.If) main.then().get(0)).then().get(0);
        assertThat(AstText.of(usage.expr()))
                .isEqualTo("(call print 'Usage: network_wordcount.py <hostname> <port>' file=(. sys stderr))");
    }

    @Test
    void operatorPrecedenceFollowsPython() {
        assertThat(expr("a + b * c ** -d ** e\n")).isEqualTo("(+ a (* b (** c (- (** d e)))))");
        assertThat(expr("not a == b and c or d\n")).isEqualTo("(or (and (! (== a b)) c) d)");
        assertThat(expr("a < b <= c != d\n")).isEqualTo("(chain a < b <= c != d)");
        assertThat(expr("x not in y is not None\n")).isEqualTo("(chain x not in y is not None)");
        assertThat(expr("a if b else c if d else e\n")).isEqualTo("(if b a (if d c e))");
        assertThat(expr("-x // 2 % 3 | 1 & 2 ^ 3 << 1\n")).isEqualTo("(| (% (// (- x) 2) 3) (^ (& 1 2) (<< 3 1)))");
    }

    @Test
    void displaysAndComprehensions() {
        assertThat(expr("[x * 2 for x in xs if x for y in ys]\n"))
                .isEqualTo("(list-comp (* x 2) for x in xs if x for y in ys)");
        assertThat(expr("{k: v for k, v in d.items()}\n"))
                .isEqualTo("(dict-comp k:v for (k v) in (.items d))");
        assertThat(expr("sum(x for x in xs)\n")).isEqualTo("(call sum (generator-comp x for x in xs))");
        assertThat(expr("{1, 2}\n")).isEqualTo("(set 1 2)");
        assertThat(expr("{'a': 1, **d}\n")).isEqualTo("(dict 'a':1 _:d)");
        assertThat(expr("(1,)\n")).isEqualTo("(tuple 1)");
        assertThat(expr("()\n")).isEqualTo("(tuple)");
        assertThat(expr("[*a, b]\n")).isEqualTo("(list (* a) b)");
    }

    @Test
    void subscriptsAndSlices() {
        assertThat(expr("a[1:-1:2]\n")).isEqualTo("([] a (: 1 (- 1) 2))");
        assertThat(expr("a[::-1]\n")).isEqualTo("([] a (: _ _ (- 1)))");
        assertThat(expr("a[:2]\n")).isEqualTo("([] a (: _ 2 _))");
        assertThat(expr("d['k'][0]\n")).isEqualTo("([] ([] d 'k') 0)");
    }

    @Test
    void callArgumentsOfEveryKind() {
        assertThat(expr("f(a, *b, k=1, **kw)\n")).isEqualTo("(call f a *b k=1 **kw)");
        assertThat(expr("sorted(xs, key=lambda p: -p[1], reverse=True)\n"))
                .isEqualTo("(call sorted xs key=(lambda [REGULAR:p] (- ([] p 1))) reverse=true)");
        assertThatThrownBy(() -> parse("f(k=1, a)\n")).hasMessage("positional argument follows keyword argument");
        assertThatThrownBy(() -> parse("f(a b)\n")).hasMessage("invalid syntax. Perhaps you forgot a comma?");
    }

    @Test
    void stringsJoinAndFStringsBecomeInterpolations() {
        assertThat(expr("'a' 'b' \"c\"\n")).isEqualTo("'abc'");
        assertThat(expr("'n=' f'{n!r:>5} {x=}' 'end'\n")).isEqualTo("(f 'n=' {n!r:>5} ' x=' {x!r} 'end')");
        assertThat(expr("f'{v:{w}.2f}'\n")).isEqualTo("(f {(call format v (f {w} '.2f'))})");
        assertThat(expr("f'{d[\"k\"] + 1}'\n")).isEqualTo("(f {(+ ([] d 'k') 1)})");
    }

    @Test
    void assignmentForms() {
        Stmt.Assign chain = (Stmt.Assign) parse("a = b = 1\n").get(0);
        assertThat(chain.targets()).hasSize(2);
        Stmt.Assign unpack = (Stmt.Assign) parse("k, (v, *rest) = t\n").get(0);
        assertThat(AstText.of(unpack.targets().get(0))).isEqualTo("(tuple k (tuple v (* rest)))");
        Stmt.AugAssign aug = (Stmt.AugAssign) parse("d[k] += 1\n").get(0);
        assertThat(aug.op().symbol()).isEqualTo("+");
        assertThat(parse("x: int = 5\n").get(0)).isInstanceOf(Stmt.Assign.class);
        assertThatThrownBy(() -> parse("f() = 1\n"))
                .hasMessage("cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertThatThrownBy(() -> parse("1 += x\n"))
                .hasMessage("'literal' is an illegal expression for augmented assignment");
    }

    @Test
    void compoundStatements() {
        String source = """
                def update(new_values, state=None, *rest, **kw) -> int:
                    '''doc'''
                    for i, (k, v) in enumerate(new_values):
                        if k is None:
                            continue
                        elif v:
                            break
                        else:
                            pass
                    else:
                        return 0
                    while True:
                        try:
                            x = int(s)
                        except (ValueError, TypeError) as e:
                            raise RuntimeError('bad') from e
                        except json.JSONDecodeError:
                            pass
                        except:
                            raise
                        else:
                            yield x
                        finally:
                            del x
                    return sum(new_values) + (state or 0)
                class Counter(object):
                    total = 0
                """;
        List<Stmt> statements = parse(source);
        Stmt.Def def = (Stmt.Def) statements.get(0);
        assertThat(def.params()).extracting(p -> p.kind() + ":" + p.name())
                .containsExactly("REGULAR:new_values", "REGULAR:state", "VARARGS:rest", "KWARGS:kw");
        assertThat(def.returnType()).isEqualTo("int");
        Expr.Block body = (Expr.Block) def.body();
        Stmt.For loop = (Stmt.For) body.statements().get(1);
        assertThat(AstText.pattern(loop.target())).isEqualTo("(i (k v))");
        assertThat(loop.orElse()).hasSize(1);
        Stmt.While whileLoop = (Stmt.While) body.statements().get(2);
        Expr.Try tryExpr = (Expr.Try) ((Stmt.ExprStmt) whileLoop.body().get(0)).expr();
        assertThat(tryExpr.handlers()).extracting(h -> AstText.pattern(h.pattern()))
                .containsExactly("ValueError|TypeError as e", "json.JSONDecodeError", "Wildcard");
        assertThat(tryExpr.orElse()).isNotNull();
        assertThat(tryExpr.finallyBody()).isNotNull();
        assertThat(statements.get(1)).isInstanceOf(Stmt.ClassDef.class);
    }

    @Test
    void importForms() {
        List<Stmt> statements = parse("import os.path as p\nfrom a.b import (c, d as e,)\nfrom . import x\n"
                + "from m import *\nimport json, re\n");
        assertThat(statements).hasSize(6);
        Stmt.ImportModule module = (Stmt.ImportModule) statements.get(0);
        assertThat(module.path()).containsExactly("os", "path");
        assertThat(module.alias()).isEqualTo("p");
        Stmt.Import from = (Stmt.Import) statements.get(1);
        assertThat(from.names()).extracting(n -> n.boundName()).containsExactly("c", "e");
        assertThat(((Stmt.Import) statements.get(2)).path()).containsExactly(".");
        assertThat(((Stmt.Import) statements.get(3)).wildcard()).isTrue();
    }

    @Test
    void syntaxErrorsSpeakLikeCPython() {
        assertThatThrownBy(() -> parse("if x\n    y\n")).hasMessage("expected ':'");
        assertThatThrownBy(() -> parse("if x:\ny\n"))
                .hasMessage("expected an indented block after 'if' statement on line 1");
        assertThatThrownBy(() -> parse("x = 1\n    y = 2\n")).hasMessage("unexpected indent");
        assertThatThrownBy(() -> parse("print 'hi'\n"))
                .hasMessage("Missing parentheses in call to 'print'. Did you mean print(...)?");
        assertThatThrownBy(() -> parse("return 1\n")).hasMessage("'return' outside function");
        assertThatThrownBy(() -> parse("break\n")).hasMessage("'break' outside loop");
        assertThatThrownBy(() -> parse("if x = 1:\n  pass\n"))
                .hasMessage("invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        assertThatThrownBy(() -> parse("x = = 1\n")).hasMessage("invalid syntax");
        assertThatThrownBy(() -> parse("def f(a=1, b):\n  pass\n"))
                .hasMessage("non-default argument follows default argument");
    }

    @Test
    void errorsPointAtLineAndColumn() {
        assertThatThrownBy(() -> parse("x = 1\ny = (2 +\n"))
                .isInstanceOfSatisfying(PySyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                });
    }

    @Test
    void withBecomesAssignmentThenBody() {
        Stmt.If with = (Stmt.If) parse("with open(p) as f:\n    x = 1\n").get(0);
        assertThat(with.then()).hasSize(2);
        assertThat(AstText.of(((Stmt.Assign) with.then().get(0)).value())).isEqualTo("(call open p)");
    }
}
