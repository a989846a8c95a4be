package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalaParserExpressionsTest {

    static List<Stmt> statements(String source) {
        return ScalaParser.parse(source, "Test.scala").statements();
    }

    static String tree(String source) {
        List<Stmt> statements = statements(source);
        assertThat(statements).hasSize(1);
        return AstText.of(statements.get(0) instanceof Stmt.ExprStmt e ? e.expr() : statements.get(0));
    }

    @Test
    void placeholderMethodCallBecomesLambdaAtTheArgument() {
        assertThat(tree("lines.flatMap(_.split(\" \"))")).isEqualTo("(MethodCall (Name \"lines\") \"flatMap\" [] "
                + "[(Arg POSITIONAL null (Lambda [(Param \"x$1\" REGULAR null null)] "
                + "(MethodCall (Name \"x$1\") \"split\" [] [(Arg POSITIONAL null (Literal STRING \" \"))])))])");
    }

    @Test
    void twoPlaceholdersMakeATwoParameterLambda() {
        assertThat(tree("reduceByKey(_ + _)")).isEqualTo("(Call (Name \"reduceByKey\") [] [(Arg POSITIONAL null "
                + "(Lambda [(Param \"x$1\" REGULAR null null) (Param \"x$2\" REGULAR null null)] "
                + "(Binary (Name \"x$1\") ADD (Name \"x$2\"))))])");
    }

    @Test
    void placeholderInTupleBindsAtTheEnclosingArgument() {
        assertThat(tree("xs.map((_, 1))")).isEqualTo("(MethodCall (Name \"xs\") \"map\" [] [(Arg POSITIONAL null "
                + "(Lambda [(Param \"x$1\" REGULAR null null)] (TupleExpr [(Name \"x$1\") (Literal INT 1)])))])");
    }

    @Test
    void barePlaceholderArgumentBindsAtTheEnclosingExpression() {
        assertThat(tree("f(_)")).isEqualTo("(Lambda [(Param \"x$1\" REGULAR null null)] "
                + "(Call (Name \"f\") [] [(Arg POSITIONAL null (Name \"x$1\"))]))");
    }

    @Test
    void placeholderTupleAccessor() {
        assertThat(tree("xs.map(_._2)")).isEqualTo("(MethodCall (Name \"xs\") \"map\" [] [(Arg POSITIONAL null "
                + "(Lambda [(Param \"x$1\" REGULAR null null)] (Select (Name \"x$1\") \"_2\")))])");
    }

    @Test
    void typedPlaceholderKeepsItsType() {
        assertThat(tree("xs.map((_: Int) * 2)")).contains("(Param \"x$1\" REGULAR null \"Int\")");
    }

    @Test
    void curriedCallIsACallOfTheMethodCall() {
        assertThat(tree("values.foldLeft(0)(_ + _)")).startsWith(
                "(Call (MethodCall (Name \"values\") \"foldLeft\" [] [(Arg POSITIONAL null (Literal INT 0))]) [] "
                        + "[(Arg POSITIONAL null (Lambda");
    }

    @Test
    void arithmeticPrecedenceFollowsTheFirstCharacter() {
        assertThat(tree("a + b * c - d")).isEqualTo("(Binary (Binary (Name \"a\") ADD (Binary (Name \"b\") MUL "
                + "(Name \"c\"))) SUB (Name \"d\"))");
    }

    @Test
    void comparisonBindsLooserThanArithmeticAndLogicalLoosest() {
        assertThat(tree("a + 1 < b || !c && d == e")).isEqualTo("(Logical (Binary (Binary (Name \"a\") ADD "
                + "(Literal INT 1)) LT (Name \"b\")) OR (Logical (Unary NOT (Name \"c\")) AND (Binary (Name \"d\") EQ "
                + "(Name \"e\"))))");
    }

    @Test
    void alphanumericOperatorsBindLoosestOfAll() {
        assertThat(tree("1 to n - 1")).isEqualTo("(MethodCall (Literal INT 1) \"to\" [] [(Arg POSITIONAL null "
                + "(Binary (Name \"n\") SUB (Literal INT 1)))])");
    }

    @Test
    void operatorsEndingInColonAreRightAssociativeAndCalledOnTheRight() {
        assertThat(tree("1 :: 2 :: Nil")).isEqualTo("(MethodCall (MethodCall (Name \"Nil\") \"::\" [] "
                + "[(Arg POSITIONAL null (Literal INT 2))]) \"::\" [] [(Arg POSITIONAL null (Literal INT 1))])");
    }

    @Test
    void arrowAndConcatenationAreMethodCalls() {
        assertThat(tree("k -> v")).isEqualTo("(MethodCall (Name \"k\") \"->\" [] [(Arg POSITIONAL null (Name \"v\"))])");
        assertThat(tree("xs ++ ys")).isEqualTo("(MethodCall (Name \"xs\") \"++\" [] "
                + "[(Arg POSITIONAL null (Name \"ys\"))])");
    }

    @Test
    void tupleRightOperandIsOneArgument() {
        assertThat(tree("word -> (n, 1)")).isEqualTo("(MethodCall (Name \"word\") \"->\" [] [(Arg POSITIONAL null "
                + "(TupleExpr [(Name \"n\") (Literal INT 1)]))])");
    }

    @Test
    void infixMethodCallWithFunctionArgument() {
        assertThat(tree("xs map f")).isEqualTo("(MethodCall (Name \"xs\") \"map\" [] [(Arg POSITIONAL null (Name \"f\"))])");
    }

    @Test
    void negativeLiteralsIncludingIntMinValue() {
        assertThat(tree("-2147483648")).isEqualTo("(Literal INT -2147483648)");
        assertThat(tree("-1L")).isEqualTo("(Literal LONG -1)");
        assertThat(tree("-x.abs")).isEqualTo("(Unary NEGATE (Select (Name \"x\") \"abs\"))");
    }

    @Test
    void literalKinds() {
        assertThat(tree("1.5")).isEqualTo("(Literal FLOAT 1.5)");
        assertThat(tree("'c'")).isEqualTo("(Literal CHAR 'c')");
        assertThat(tree("()")).isEqualTo("(Literal UNIT null)");
        assertThat(tree("null")).isEqualTo("(Literal NULL null)");
        assertThat(tree("true")).isEqualTo("(Literal BOOLEAN true)");
    }

    @Test
    void applyOnAValueIsACall() {
        assertThat(tree("args(0)")).isEqualTo("(Call (Name \"args\") [] [(Arg POSITIONAL null (Literal INT 0))])");
    }

    @Test
    void explicitTypeArgumentsOnAMethod() {
        assertThat(tree("stream.updateStateByKey[Int](f)")).isEqualTo("(MethodCall (Name \"stream\") "
                + "\"updateStateByKey\" [\"Int\"] [(Arg POSITIONAL null (Name \"f\"))])");
    }

    @Test
    void namedArguments() {
        assertThat(tree("f(a, timeout = 5)")).isEqualTo("(Call (Name \"f\") [] [(Arg POSITIONAL null (Name \"a\")) "
                + "(Arg KEYWORD \"timeout\" (Literal INT 5))])");
    }

    @Test
    void sequenceArgumentIsSpread() {
        assertThat(tree("f(xs: _*)")).isEqualTo("(Call (Name \"f\") [] [(Arg SPREAD null (Name \"xs\"))])");
    }

    @Test
    void blockArgumentWithLambda() {
        assertThat(tree("xs.foreach { x => println(x) }")).isEqualTo("(MethodCall (Name \"xs\") \"foreach\" [] "
                + "[(Arg POSITIONAL null (Lambda [(Param \"x\" REGULAR null null)] (Call (Name \"println\") [] "
                + "[(Arg POSITIONAL null (Name \"x\"))])))])");
    }

    @Test
    void blockLambdaBodyIsTheRestOfTheBlock() {
        assertThat(tree("rdd.foreachPartition { part =>\n  val n = 1\n  part.foreach(println)\n}"))
                .isEqualTo("(MethodCall (Name \"rdd\") \"foreachPartition\" [] [(Arg POSITIONAL null "
                        + "(Lambda [(Param \"part\" REGULAR null null)] (Block [(ValDef (Bind \"n\") false null "
                        + "(Literal INT 1))] (MethodCall (Name \"part\") \"foreach\" [] "
                        + "[(Arg POSITIONAL null (Name \"println\"))]))))])");
    }

    @Test
    void typedParametersInBlockLambda() {
        assertThat(tree("words.foreachRDD { (rdd: RDD[String], time: Time) => rdd }")).contains(
                "(Lambda [(Param \"rdd\" REGULAR null \"RDD[String]\") (Param \"time\" REGULAR null \"Time\")] "
                        + "(Name \"rdd\"))");
        assertThat(tree("xs.map { x: Int => x }")).contains("(Lambda [(Param \"x\" REGULAR null \"Int\")]");
    }

    @Test
    void patternMatchingAnonymousFunction() {
        assertThat(tree("rdd.map { case (k, v) => k }")).isEqualTo("(MethodCall (Name \"rdd\") \"map\" [] "
                + "[(Arg POSITIONAL null (CaseLambda [(MatchCase (TuplePattern [(Bind \"k\") (Bind \"v\")]) null "
                + "(Name \"k\"))]))])");
    }

    @Test
    void lambdaForms() {
        assertThat(tree("(a: Int, b: Int) => a + b")).isEqualTo("(Lambda [(Param \"a\" REGULAR null \"Int\") "
                + "(Param \"b\" REGULAR null \"Int\")] (Binary (Name \"a\") ADD (Name \"b\")))");
        assertThat(tree("() => 1")).isEqualTo("(Lambda [] (Literal INT 1))");
        assertThat(tree("x => x")).isEqualTo("(Lambda [(Param \"x\" REGULAR null null)] (Name \"x\"))");
    }

    @Test
    void leadingDotContinuesTheChainOnTheNextLine() {
        assertThat(tree("lines\n  .flatMap(f) // words\n  .map(g)")).isEqualTo("(MethodCall (MethodCall "
                + "(Name \"lines\") \"flatMap\" [] [(Arg POSITIONAL null (Name \"f\"))]) \"map\" [] "
                + "[(Arg POSITIONAL null (Name \"g\"))])");
    }

    @Test
    void trailingOperatorContinuesOnTheNextLine() {
        assertThat(tree("\"a\" +\n  \"b\"")).isEqualTo("(Binary (Literal STRING \"a\") ADD (Literal STRING \"b\"))");
    }

    @Test
    void newlineEndsAStatementWhenBothSidesCould() {
        assertThat(statements("val a = b\nc(1)\n(d)")).hasSize(3);
    }

    @Test
    void newlinesInsideParenthesesDoNotEndStatements() {
        assertThat(tree("f(a,\n  b\n  + c)")).isEqualTo("(Call (Name \"f\") [] [(Arg POSITIONAL null (Name \"a\")) "
                + "(Arg POSITIONAL null (Binary (Name \"b\") ADD (Name \"c\")))])");
    }

    @Test
    void ifElseAcrossLines() {
        assertThat(tree("if (a) b\nelse c")).isEqualTo("(If (Name \"a\") (Name \"b\") (Name \"c\"))");
        assertThat(tree("if (a) {\n b\n}\nelse {\n c\n}")).isEqualTo("(If (Name \"a\") (Name \"b\") (Name \"c\"))");
        assertThat(tree("if (a) b")).isEqualTo("(If (Name \"a\") (Name \"b\") (Literal UNIT null))");
    }

    @Test
    void matchWithGuardsAlternativesBindersAndTypedPatterns() {
        assertThat(tree("x match {\n case Some(n: Int) if n > 0 => n\n case None | Some(_) => 0\n"
                + " case p @ (a, _) => 1\n case h :: t => 2\n case -1 => 3\n case _ => 4\n}"))
                .isEqualTo("(Match (Name \"x\") [(MatchCase (Extractor \"Some\" [(Typed (Bind \"n\") \"Int\")]) "
                        + "(Binary (Name \"n\") GT (Literal INT 0)) (Name \"n\")) (MatchCase (Alternatives "
                        + "[(Value (Name \"None\")) (Extractor \"Some\" [(Wildcard)])]) null (Literal INT 0)) "
                        + "(MatchCase (As \"p\" (TuplePattern [(Bind \"a\") (Wildcard)])) null (Literal INT 1)) "
                        + "(MatchCase (Extractor \"::\" [(Bind \"h\") (Bind \"t\")]) null (Literal INT 2)) "
                        + "(MatchCase (Value (Literal INT -1)) null (Literal INT 3)) "
                        + "(MatchCase (Wildcard) null (Literal INT 4))])");
    }

    @Test
    void caseBodyMayHoldSeveralStatements() {
        assertThat(tree("x match { case 1 =>\n println(1)\n 2\n case _ => 3 }")).contains(
                "(MatchCase (Value (Literal INT 1)) null (Block [(ExprStmt (Call (Name \"println\")");
    }

    @Test
    void tryCatchFinally() {
        assertThat(tree("try { risky() } catch { case e: Exception => println(e) } finally { done() }"))
                .isEqualTo("(Try (Call (Name \"risky\") [] []) [(MatchCase (Typed (Bind \"e\") \"Exception\") null "
                        + "(Call (Name \"println\") [] [(Arg POSITIONAL null (Name \"e\"))]))] null (Call (Name \"done\") [] []))");
    }

    @Test
    void throwIsAnExpression() {
        assertThat(tree("throw new IllegalArgumentException(\"x\")")).isEqualTo("(Throw (New "
                + "\"IllegalArgumentException\" [] [(Arg POSITIONAL null (Literal STRING \"x\"))]) null)");
    }

    @Test
    void newWithTypeArgumentsAndQualifiedName() {
        assertThat(tree("new scala.collection.mutable.Queue[RDD[Int]]()")).isEqualTo(
                "(New \"scala.collection.mutable.Queue\" [\"RDD[Int]\"] [])");
        assertThat(tree("new SparkConf")).isEqualTo("(New \"SparkConf\" [] [])");
    }

    @Test
    void forLoopBecomesForeach() {
        assertThat(tree("for (i <- 1 to 3) println(i)")).isEqualTo("(MethodCall (MethodCall (Literal INT 1) \"to\" [] "
                + "[(Arg POSITIONAL null (Literal INT 3))]) \"foreach\" [] [(Arg POSITIONAL null (Lambda "
                + "[(Param \"i\" REGULAR null null)] (Call (Name \"println\") [] [(Arg POSITIONAL null (Name \"i\"))])))])");
    }

    @Test
    void forYieldWithTwoGeneratorsBecomesFlatMapAndMap() {
        assertThat(tree("for (x <- xs; y <- ys) yield x * y")).isEqualTo("(MethodCall (Name \"xs\") \"flatMap\" [] "
                + "[(Arg POSITIONAL null (Lambda [(Param \"x\" REGULAR null null)] (MethodCall (Name \"ys\") \"map\" [] "
                + "[(Arg POSITIONAL null (Lambda [(Param \"y\" REGULAR null null)] (Binary (Name \"x\") MUL "
                + "(Name \"y\"))))])))])");
    }

    @Test
    void forGuardBecomesWithFilter() {
        assertThat(tree("for (x <- xs if x > 1) yield x")).isEqualTo("(MethodCall (MethodCall (Name \"xs\") "
                + "\"withFilter\" [] [(Arg POSITIONAL null (Lambda [(Param \"x\" REGULAR null null)] (Binary "
                + "(Name \"x\") GT (Literal INT 1))))]) \"map\" [] [(Arg POSITIONAL null (Lambda "
                + "[(Param \"x\" REGULAR null null)] (Name \"x\")))])");
    }

    @Test
    void forValueDefinitionIsCarriedInATuple() {
        assertThat(tree("for (x <- xs; y = x * 2) yield y")).isEqualTo("(MethodCall (MethodCall (Name \"xs\") \"map\" [] "
                + "[(Arg POSITIONAL null (CaseLambda [(MatchCase (As \"x$1\" (Bind \"x\")) null (Block [(ValDef "
                + "(As \"x$2\" (Bind \"y\")) false null (Binary (Name \"x\") MUL (Literal INT 2)))] (TupleExpr "
                + "[(Name \"x$1\") (Name \"x$2\")])))]))]) \"map\" [] [(Arg POSITIONAL null (CaseLambda [(MatchCase "
                + "(TuplePattern [(Bind \"x\") (Bind \"y\")]) null (Name \"y\"))]))])");
    }

    @Test
    void forWithBracesAndPatternGenerator() {
        assertThat(tree("for {\n  (k, v) <- pairs\n  if v > 0\n} println(k)")).isEqualTo("(MethodCall (MethodCall "
                + "(Name \"pairs\") \"withFilter\" [] [(Arg POSITIONAL null (CaseLambda [(MatchCase (TuplePattern "
                + "[(Bind \"k\") (Bind \"v\")]) null (Binary (Name \"v\") GT (Literal INT 0)))]))]) \"foreach\" [] "
                + "[(Arg POSITIONAL null (CaseLambda [(MatchCase (TuplePattern [(Bind \"k\") (Bind \"v\")]) null "
                + "(Call (Name \"println\") [] [(Arg POSITIONAL null (Name \"k\"))]))]))])");
    }

    @Test
    void interpolatedStrings() {
        assertThat(tree("s\"a $x ${y + 1}\"")).isEqualTo("(Interpolation SCALA_S [(Text \"a \") (Hole (Name \"x\") "
                + "null '\u0000') (Text \" \") (Hole (Binary (Name \"y\") ADD (Literal INT 1)) null '\u0000')])");
        assertThat(tree("f\"$x%.2f done\"")).isEqualTo("(Interpolation SCALA_F [(Hole (Name \"x\") \"%.2f\" "
                + "'\u0000') (Text \" done\")])");
        assertThat(tree("raw\"a\\n\"")).isEqualTo("(Interpolation SCALA_RAW [(Text \"a\\n\")])");
    }

    @Test
    void assignmentsAndUpdates() {
        assertThat(tree("x += 1")).isEqualTo("(AugAssign (Name \"x\") ADD (Literal INT 1) [])");
        assertThat(tree("b += (1, 2, 3)")).isEqualTo("(AugAssign (Name \"b\") ADD (Literal INT 1) "
                + "[(Literal INT 2) (Literal INT 3)])");
        assertThat(tree("b += ((1, 2))")).isEqualTo("(AugAssign (Name \"b\") ADD "
                + "(TupleExpr [(Literal INT 1) (Literal INT 2)]) [])");
        assertThat(tree("n -= (a, b)._1")).isEqualTo("(AugAssign (Name \"n\") SUB "
                + "(Select (TupleExpr [(Name \"a\") (Name \"b\")]) \"_1\") [])");
        assertThat(tree("arr(i) = v")).isEqualTo("(Assign [(Call (Name \"arr\") [] [(Arg POSITIONAL null "
                + "(Name \"i\"))])] (Name \"v\"))");
        assertThat(tree("buf ++= xs")).isEqualTo("(MethodCall (Name \"buf\") \"++=\" [] "
                + "[(Arg POSITIONAL null (Name \"xs\"))])");
    }

    @Test
    void assignmentInExpressionPositionIsABlockOfUnit() {
        assertThat(tree("if (a) x = 1")).isEqualTo("(If (Name \"a\") (Block [(Assign [(Name \"x\")] "
                + "(Literal INT 1))] (Literal UNIT null)) (Literal UNIT null))");
    }

    @Test
    void whileAndDoWhileLoops() {
        assertThat(tree("while (i < 10) { i += 1 }")).isEqualTo("(While (Binary (Name \"i\") LT (Literal INT 10)) "
                + "[(AugAssign (Name \"i\") ADD (Literal INT 1) [])] [] true)");
        assertThat(tree("do { i -= 1 } while (i > 0)")).isEqualTo("(While (Binary (Name \"i\") GT (Literal INT 0)) "
                + "[(AugAssign (Name \"i\") SUB (Literal INT 1) [])] [] false)");
    }

    @Test
    void etaExpansionIsTheMethodAsAValueNotItsResult() {
        assertThat(tree("getOrCreate(dir, create _)")).isEqualTo("(Call (Name \"getOrCreate\") [] "
                + "[(Arg POSITIONAL null (Name \"dir\")) (Arg POSITIONAL null (MethodValue (Name \"create\")))])");
    }

    @Test
    void elisionAtTheEndOfALineIsAPostfixSelect() {
        assertThat(tree("stream.window(Seconds(20))...")).isEqualTo("(Select (MethodCall (Name \"stream\") "
                + "\"window\" [] [(Arg POSITIONAL null (Call (Name \"Seconds\") [] [(Arg POSITIONAL null "
                + "(Literal INT 20))]))]) \"...\")");
    }

    @Test
    void classOfKeepsItsTypeAsATypeArgument() {
        assertThat(tree("classOf[StringDeserializer]")).isEqualTo("(Call (Name \"classOf\") "
                + "[\"StringDeserializer\"] [])");
    }

    @Test
    void typeArgumentsOfABareNameCall() {
        assertThat(tree("Map[String, Int](\"a\" -> 1)")).isEqualTo("(Call (Name \"Map\") [\"String\" \"Int\"] "
                + "[(Arg POSITIONAL null (MethodCall (Literal STRING \"a\") \"->\" [] [(Arg POSITIONAL null "
                + "(Literal INT 1))]))])");
    }

    @Test
    void elidedCodeOfACourseScaffoldIsAName() {
        assertThat(tree("val res: DStream[(String, Int)] = ...")).isEqualTo(
                "(ValDef (Bind \"res\") false \"DStream[(String, Int)]\" (Name \"...\"))");
    }

    @Test
    void tripleQuotedStringWithStripMargin() {
        assertThat(tree("\"\"\"a\n  |b\"\"\".stripMargin")).isEqualTo(
                "(Select (Literal STRING \"a\n  |b\") \"stripMargin\")");
    }

    @Test
    void returnInsideIf() {
        assertThat(tree("if (x) return 1")).isEqualTo("(If (Name \"x\") (Block [(Return (Literal INT 1))] "
                + "(Literal UNIT null)) (Literal UNIT null))");
    }

    @Test
    void multiLineInterpolatedStringWithSplices() {
        assertThat(tree("s\"\"\"total: $n\n${m}\"\"\"")).isEqualTo("(Interpolation SCALA_S [(Text \"total: \") "
                + "(Hole (Name \"n\") null '\u0000') (Text \"\n\") (Hole (Name \"m\") null '\u0000')])");
    }

    @Test
    void characterAndStringLiteralPatterns() {
        assertThat(tree("c match { case 'a' | 'b' => 1 case \"x\" => 2 }")).isEqualTo("(Match (Name \"c\") "
                + "[(MatchCase (Alternatives [(Value (Literal CHAR 'a')) (Value (Literal CHAR 'b'))]) null "
                + "(Literal INT 1)) (MatchCase (Value (Literal STRING \"x\")) null (Literal INT 2))])");
    }

    @Test
    void qualifiedConstantPatternAndSequenceWildcard() {
        assertThat(tree("x match { case StorageLevel.NONE => 0 case List(first, _*) => 1 }")).isEqualTo(
                "(Match (Name \"x\") [(MatchCase (Value (Select (Name \"StorageLevel\") \"NONE\")) null "
                        + "(Literal INT 0)) (MatchCase (Extractor \"List\" [(Bind \"first\") (Rest null)]) null "
                        + "(Literal INT 1))])");
    }

    @Test
    void placeholderPassedOnToAnInnerCallBindsAtTheOuterArgument() {
        assertThat(tree("rdd.foreach(println(_))")).isEqualTo("(MethodCall (Name \"rdd\") \"foreach\" [] "
                + "[(Arg POSITIONAL null (Lambda [(Param \"x$1\" REGULAR null null)] (Call (Name \"println\") [] "
                + "[(Arg POSITIONAL null (Name \"x$1\"))])))])");
    }

    @Test
    void functionTypedValWithPlaceholderBody() {
        assertThat(tree("val inc: Int => Int = _ + 1")).isEqualTo("(ValDef (Bind \"inc\") false \"Int => Int\" "
                + "(Lambda [(Param \"x$1\" REGULAR null null)] (Binary (Name \"x$1\") ADD (Literal INT 1))))");
    }

    @Test
    void elseIfChains() {
        assertThat(tree("if (a) 1 else if (b) 2 else 3")).isEqualTo("(If (Name \"a\") (Literal INT 1) "
                + "(If (Name \"b\") (Literal INT 2) (Literal INT 3)))");
    }

    @Test
    void dotAtTheEndOfALineContinuesOnTheNext() {
        assertThat(tree("lines.\n  map(f)")).isEqualTo("(MethodCall (Name \"lines\") \"map\" [] "
                + "[(Arg POSITIONAL null (Name \"f\"))])");
    }

    @Test
    void typeTestsAndCastsKeepTheirTypeArguments() {
        assertThat(tree("x.isInstanceOf[Int]")).isEqualTo("(MethodCall (Name \"x\") \"isInstanceOf\" [\"Int\"] [])");
    }

    @Test
    void backquotedNameInAPatternIsAConstantNotABinding() {
        assertThat(tree("x match { case `expected` => 1 case other => 2 }")).isEqualTo("(Match (Name \"x\") "
                + "[(MatchCase (Value (Name \"expected\")) null (Literal INT 1)) (MatchCase (Bind \"other\") null "
                + "(Literal INT 2))])");
    }
}
