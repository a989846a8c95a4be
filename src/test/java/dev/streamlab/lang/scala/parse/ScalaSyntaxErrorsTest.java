package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The first syntax error is reported precisely: key, line:column, source line with caret, and a hint. */
class ScalaSyntaxErrorsTest {

    private static ScalaSyntaxException error(String source) {
        return catchThrowableOfType(() -> ScalaParser.parse(source, "Main.scala"), ScalaSyntaxException.class);
    }

    @Test
    void syntaxErrorIsTheSharedLangException() {
        assertThat(error("val = 1")).isInstanceOf(LangException.class);
    }

    @Test
    void renderingShowsFileLineColumnSourceLineCaretAndHint() {
        ScalaSyntaxException error = error("object A {\n  val x = f(1, 2\n}");
        assertThat(error.render(Locale.ENGLISH)).isEqualTo("Main.scala:3:1: ')' expected but '}' found\n"
                + "}\n^\nSeparate the arguments with commas, and check that every ( { [ and \" is closed.\n"
                + "'(' opened at line 2, column 12 is never closed.");
    }

    @Test
    void missingCommaBetweenArguments() {
        ScalaSyntaxException error = error("println(\"a\" \"b\")");
        assertThat(error.key()).isEqualTo("scala.syntax.unclosed.arguments");
        assertThat(error.column()).isEqualTo(13);
        assertThat(error.message(Locale.ENGLISH)).isEqualTo("')' expected but string literal found");
    }

    @Test
    void unclosedArgumentsAtEndOfInput() {
        ScalaSyntaxException error = error("lines.map(x => x");
        assertThat(error.message(Locale.ENGLISH)).isEqualTo("')' expected but end of input found");
        assertThat(error.hint()).isEqualTo("The argument list opened at line 1 is never closed; add ).");
    }

    @Test
    void missingClosingBraceNamesTheLineWhereTheBlockOpened() {
        ScalaSyntaxException error = error("object A {\n  def main(args: Array[String]): Unit = {\n    println(1)\n}\n");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.hint()).isEqualTo("The body opened with { at line 1 is never closed; add }.");
    }

    @Test
    void missingOperand() {
        ScalaSyntaxException error = error("val x = 1 +\n");
        assertThat(error.key()).isEqualTo("scala.syntax.expressionExpected.closer");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.hint()).isEqualTo("Something is missing before end of input: an operand, an argument or a value.");
    }

    @Test
    void postfixOperatorsAreNotSupported() {
        ScalaSyntaxException error = error("val n = (xs size)");
        assertThat(error.key()).isEqualTo("scala.syntax.expressionExpected.closer");
        assertThat(error.column()).isEqualTo(17);
    }

    @Test
    void ifConditionNeedsParentheses() {
        ScalaSyntaxException error = error("if x > 1 then println(x)");
        assertThat(error.column()).isEqualTo(4);
        assertThat(error.hint()).isEqualTo("Scala needs parentheses around the condition: if (condition) ...");
    }

    @Test
    void twoExpressionsOnOneLine() {
        ScalaSyntaxException error = error("val a = 1 2");
        assertThat(error.key()).isEqualTo("scala.syntax.expected.statementEnd");
        assertThat(error.column()).isEqualTo(11);
    }

    @Test
    void strayClosingBrace() {
        ScalaSyntaxException error = error("object A {\n}\n}");
        assertThat(error.key()).isEqualTo("scala.syntax.unmatchedBrace");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void defParameterWithoutType() {
        ScalaSyntaxException error = error("def add(a, b) = a + b");
        assertThat(error.column()).isEqualTo(10);
        assertThat(error.hint()).isEqualTo("A parameter of a def or class needs a type, as in (a: Int).");
    }

    @Test
    void unknownInterpolator() {
        assertThat(error("val q = sql\"select 1\"").message(Locale.ENGLISH))
                .isEqualTo("unknown string interpolator sql");
    }

    @Test
    void matchWithoutCases() {
        assertThat(error("x match { 1 => 2 }").key()).isEqualTo("scala.syntax.expected.caseClause");
    }

    @Test
    void fullWidthParenthesisNamesTheCharacterToType() {
        ScalaSyntaxException error = error("println（\"你好\")");
        assertThat(error.message(Locale.ENGLISH)).isEqualTo("unexpected character '（'");
        assertThat(error.hint()).contains("type '('");
    }

    @Test
    void everyKeyUsedHasAnEnglishMessage() {
        for (String source : new String[] {"val = 1", "x match { 1 => 2 }", "def add(a, b) = 1", "'ab", "\"abc",
                "/* x", "s\"$ \"", "0x", "new { }", "a.(", "for (x) y", "class A(a: Int)(b: Int)", "case 1",
                "def this() = 1", "super.f()", "xs.map { case => 1 }", "val x: = 1", "import a.{", "f(x = )",
                "1 = 2", "for (x <- xs; 1) y", "try { } catch { x", "do x", "@ x", "`x", "\"\\q\"", "\"\\u12\""}) {
            ScalaSyntaxException error = error(source);
            assertThat(error).as(source).isNotNull();
            assertThat(error.message(Locale.ENGLISH)).as(source).doesNotContain("scala.syntax");
            assertThat(error.render(Locale.ENGLISH)).as(source).doesNotContain("scala.syntax");
        }
    }
}
