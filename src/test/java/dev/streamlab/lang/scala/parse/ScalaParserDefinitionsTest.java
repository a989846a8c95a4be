package dev.streamlab.lang.scala.parse;

import static dev.streamlab.lang.scala.parse.ScalaParserExpressionsTest.statements;
import static dev.streamlab.lang.scala.parse.ScalaParserExpressionsTest.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalaParserDefinitionsTest {

    @Test
    void packageClauseWithOrWithoutSemicolon() {
        assertThat(tree("package a.b")).isEqualTo("(Package [\"a\" \"b\"])");
        assertThat(statements("package a.b;\nimport c.D")).hasSize(2);
    }

    @Test
    void importForms() {
        assertThat(tree("import org.apache.spark.SparkConf")).isEqualTo(
                "(Import [\"org\" \"apache\" \"spark\"] [(ImportedName \"SparkConf\" null)] false)");
        assertThat(tree("import a.b.{C, D => E, F => _, _}")).isEqualTo("(Import [\"a\" \"b\"] "
                + "[(ImportedName \"C\" null) (ImportedName \"D\" \"E\") (ImportedName \"F\" \"_\")] true)");
        assertThat(tree("import org.apache.spark.streaming._")).isEqualTo(
                "(Import [\"org\" \"apache\" \"spark\" \"streaming\"] [] true)");
        assertThat(statements("import a.B, c.D")).hasSize(2);
    }

    @Test
    void objectWithMainMethod() {
        Stmt.ClassDef object = (Stmt.ClassDef) statements(
                "object Main {\n  def main(args: Array[String]): Unit = {\n    println(1)\n  }\n}").get(0);
        assertThat(object.kind()).isEqualTo(ClassKind.OBJECT);
        assertThat(object.extendsApp()).isFalse();
        assertThat(AstText.of(object.body())).isEqualTo("[(Def \"main\" [(Param \"args\" REGULAR null "
                + "\"Array[String]\")] \"Unit\" (Call (Name \"println\") [] [(Arg POSITIONAL null (Literal INT 1))]) [])]");
    }

    @Test
    void procedureSyntaxReturnsUnit() {
        assertThat(tree("def main(args: Array[String]) {\n  run()\n}")).isEqualTo("(Def \"main\" [(Param \"args\" "
                + "REGULAR null \"Array[String]\")] \"Unit\" (Call (Name \"run\") [] []) [])");
        assertThat(tree("def main(args: Array[String])\n{\n  run()\n}")).startsWith("(Def \"main\"");
    }

    @Test
    void objectExtendsApp() {
        Stmt.ClassDef object = (Stmt.ClassDef) statements("object Hello extends App {\n println(args.length)\n}")
                .get(0);
        assertThat(object.extendsApp()).isTrue();
        assertThat(object.body()).hasSize(1);
    }

    @Test
    void objectBraceOnTheNextLine() {
        Stmt.ClassDef object = (Stmt.ClassDef) statements("object Hello\n{\n  val x = 1\n}").get(0);
        assertThat(object.body()).hasSize(1);
    }

    @Test
    void caseClassWithParameters() {
        assertThat(tree("case class Word(w: String, n: Int = 1)")).isEqualTo("(ClassDef CASE_CLASS \"Word\" "
                + "[(Param \"w\" REGULAR null \"String\") (Param \"n\" REGULAR (Literal INT 1) \"Int\")] [] false [] [])");
    }

    @Test
    void classWithValParametersParentArgumentsAndTraits() {
        assertThat(tree("class Counter(val start: Int, var step: Int) extends Base(start) with Serializable {\n"
                + "  def next(): Int = start + step\n}")).isEqualTo("(ClassDef CLASS \"Counter\" [(Param \"start\" "
                + "REGULAR null \"Int\") (Param \"step\" REGULAR null \"Int\")] [(Call (Name \"Base\") [] [(Arg "
                + "POSITIONAL null (Name \"start\"))]) (Name \"Serializable\")] false [(Def \"next\" [] \"Int\" "
                + "(Binary (Name \"start\") ADD (Name \"step\")) [])] [])");
    }

    @Test
    void traitWithAbstractMemberGetsTheNotImplementedBody() {
        assertThat(tree("trait Shape {\n  def area: Double\n}")).isEqualTo("(ClassDef TRAIT \"Shape\" [] [] false "
                + "[(Def \"area\" [] \"Double\" (Name \"???\") [])] [])");
    }

    @Test
    void caseObject() {
        assertThat(tree("case object Done")).isEqualTo("(ClassDef CASE_OBJECT \"Done\" [] [] false [] [])");
    }

    @Test
    void modifiersAndAnnotationsAreAccepted() {
        assertThat(tree("@transient private val x: Int = 1")).isEqualTo(
                "(ValDef (Bind \"x\") false \"Int\" (Literal INT 1))");
        assertThat(statements("@transient private lazy val x: Int = 1")).hasSize(3);
        assertThat(tree("override final protected[this] def f(): Unit = ()")).startsWith("(Def \"f\"");
        assertThat(tree("@deprecated(\"old\", \"1.0\") def g = 1")).startsWith("(Def \"g\"");
    }

    @Test
    void varWithDefaultInitialValue() {
        assertThat(tree("@transient private var instance: SparkSession = _")).isEqualTo(
                "(ValDef (Bind \"instance\") true \"SparkSession\" (Literal NULL null))");
        assertThat(tree("var n: Int = _")).isEqualTo("(ValDef (Bind \"n\") true \"Int\" (Literal INT 0))");
    }

    @Test
    void valWithExtractorPattern() {
        assertThat(tree("val Array(ip, IntParam(port), rest @ _*) = args")).isEqualTo("(ValDef (Extractor "
                + "\"Array\" [(Bind \"ip\") (Extractor \"IntParam\" [(Bind \"port\")]) (Rest \"rest\")]) false null "
                + "(Name \"args\"))");
    }

    @Test
    void upperCaseValNameIsAVariableNotAConstantPattern() {
        assertThat(tree("val Max = 10")).isEqualTo("(ValDef (Bind \"Max\") false null (Literal INT 10))");
    }

    @Test
    void defWithTypeParametersDefaultsAndVarargs() {
        assertThat(tree("def f[T <: AnyRef](x: T, n: Int = 2, rest: String*): Seq[(T, Int)] = Seq((x, n))"))
                .isEqualTo("(Def \"f\" [(Param \"x\" REGULAR null \"T\") (Param \"n\" REGULAR (Literal INT 2) \"Int\") "
                        + "(Param \"rest\" VARARGS null \"String*\")] \"Seq[(T, Int)]\" (Call (Name \"Seq\") [] [(Arg "
                        + "POSITIONAL null (TupleExpr [(Name \"x\") (Name \"n\")]))]) [])");
    }

    @Test
    void functionTypesAndByNameParameters() {
        assertThat(tree("def apply(f: (Int, Int) => Int, g: String => Unit, body: => Int): Option[Int] = None"))
                .contains("(Param \"f\" REGULAR null \"(Int, Int) => Int\") (Param \"g\" REGULAR null "
                        + "\"String => Unit\") (Param \"body\" REGULAR null \"=> Int\")] \"Option[Int]\"");
    }

    @Test
    void implicitOrderingParameterJoinsTheListBeforeWithTheImplicitOrderingAsDefault() {
        assertThat(tree("def f(x: Int)(implicit ord: Ordering[Int]) = x")).isEqualTo(
                "(Def \"f\" [(Param \"x\" REGULAR null \"Int\") (Param \"ord\" REGULAR "
                        + "(Call (Name \"Ordering\") [\"Int\"] []) \"Ordering[Int]\")] null (Name \"x\") [])");
    }

    @Test
    void laterParameterListsBecomeFunctionsTheDefReturns() {
        assertThat(tree("def f(a: Int)(b: Int) = a + b")).startsWith("(Def \"f\" [(Param \"a\" REGULAR null \"Int\")] "
                + "null (Lambda [(Param \"b\" REGULAR null \"Int\")]");
    }

    @Test
    void severalTopLevelObjectsAndDefs() {
        List<Stmt> statements = statements("object A { def x = 1 }\n\ncase class Record(word: String)\n\n"
                + "object B {\n  def y = A.x\n}\ndef helper(s: String) = s.trim");
        assertThat(statements).hasSize(4);
    }

    @Test
    void typeAliasesAreDropped() {
        assertThat(statements("type Pair = (String, Int)\nval p: Pair = (\"a\", 1)")).hasSize(1);
    }

    @Test
    void importInsideABlock() {
        assertThat(tree("words.foreachRDD { rdd =>\n  import spark.implicits._\n  rdd.toDF()\n}"))
                .contains("(Block [(Import [\"spark\" \"implicits\"] [] true)]");
    }

    @Test
    void localDefinitionsInsideBlocks() {
        assertThat(tree("def outer() = {\n  case class P(x: Int)\n  def inner(y: Int) = y + 1\n  inner(P(1).x)\n}"))
                .contains("(Block [(ClassDef CASE_CLASS \"P\"");
    }

    @Test
    void statementsSeparatedBySemicolons() {
        assertThat(statements("val a = 1; val b = 2; println(a + b)")).hasSize(3);
    }

    @Test
    void multiLineChainAfterValDefinition() {
        assertThat(tree("val counts = lines\n  .flatMap(_.split(\" \"))\n  .map((_, 1))\n  .reduceByKey(_ + _)"))
                .startsWith("(ValDef (Bind \"counts\") false null (MethodCall (MethodCall (MethodCall (Name \"lines\")");
    }

    @Test
    void commentedOutLinesInsideAChainDoNotBreakIt() {
        assertThat(tree("lines\n  .flatMap(f)\n  //.filter(g)\n  .map(h)")).startsWith(
                "(MethodCall (MethodCall (Name \"lines\") \"flatMap\"");
    }

    @Test
    void chineseIdentifiersAndComments() {
        assertThat(tree("val 计数 = 1 // 启动计算")).isEqualTo("(ValDef (Bind \"计数\") false null (Literal INT 1))");
    }
}
