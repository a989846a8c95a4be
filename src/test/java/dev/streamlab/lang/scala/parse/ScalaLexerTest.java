package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScalaLexerTest {

    private static List<TokenKind> kinds(String source) {
        return ScalaLexer.tokenize(source).stream().map(Token::kind).toList();
    }

    private static Token first(String source) {
        return ScalaLexer.tokenize(source).get(0);
    }

    @Test
    void symbolicIdentifiersAreMaximalMunchButReservedOperatorsAreTheirOwnKinds() {
        List<Token> tokens = ScalaLexer.tokenize("a ++ b :: c => d <- e = f == g : h _ i");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("a", "++", "b", "::", "c", "=>", "d", "<-", "e", "=", "f", "==", "g", ":", "h", "_",
                        "i", "");
        assertThat(tokens.get(5).kind()).isEqualTo(TokenKind.ARROW);
        assertThat(tokens.get(11).kind()).isEqualTo(TokenKind.IDENTIFIER);
        assertThat(tokens.get(15).kind()).isEqualTo(TokenKind.UNDERSCORE);
    }

    @Test
    void placeholderNextToOperatorIsTwoTokens() {
        assertThat(ScalaLexer.tokenize("_+_")).extracting(Token::text).containsExactly("_", "+", "_", "");
        assertThat(ScalaLexer.tokenize("xs: _*")).extracting(Token::text).containsExactly("xs", ":", "_", "*", "");
    }

    @Test
    void underscoreInsideIdentifierMayBeFollowedByOperatorChars() {
        assertThat(first("unary_!").text()).isEqualTo("unary_!");
    }

    @Test
    void integerLiteralsKeepTheirMagnitudeForTheParserToNegate() {
        assertThat(first("2147483648").value()).isEqualTo(new BigInteger("2147483648"));
        assertThat(first("1L").kind()).isEqualTo(TokenKind.LONG_LITERAL);
        assertThat(first("0xFF").value()).isEqualTo(BigInteger.valueOf(255));
        assertThat(first("0xFFFFFFFF").value()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(first("1_000").value()).isEqualTo(BigInteger.valueOf(1000));
    }

    @Test
    void integerLiteralBeyondIntRangeIsAnError() {
        assertThatThrownBy(() -> ScalaLexer.tokenize("x = 3000000000"))
                .isInstanceOfSatisfying(ScalaSyntaxException.class,
                        e -> assertThat(e.key()).isEqualTo("scala.syntax.intTooLarge"));
    }

    @Test
    void floatingPointLiterals() {
        assertThat(first("1.5").value()).isEqualTo(1.5);
        assertThat(first("1e-3").value()).isEqualTo(0.001);
        assertThat(first(".5").value()).isEqualTo(0.5);
        assertThat(first("2f").kind()).isEqualTo(TokenKind.FLOAT_LITERAL);
        assertThat(first("2d").kind()).isEqualTo(TokenKind.DOUBLE_LITERAL);
    }

    @Test
    void dotAfterIntegerIsMemberSelectionNotAFraction() {
        assertThat(kinds("1.toString")).containsExactly(TokenKind.INT_LITERAL, TokenKind.DOT, TokenKind.IDENTIFIER,
                TokenKind.END_OF_INPUT);
    }

    @Test
    void stringEscapesAreDecoded() {
        assertThat(first("\"a\\tb\\n\\\"q\\\" \\u00e9\"").value()).isEqualTo("a\tb\n\"q\" \u00e9");
    }

    @Test
    void tripleQuotedStringsAreRawAndMayEndInExtraQuotes() {
        assertThat(first("\"\"\"a\\n\nb\"\"\"\"").value()).isEqualTo("a\\n\nb\"");
    }

    @Test
    void characterLiterals() {
        assertThat(first("'c'").value()).isEqualTo('c');
        assertThat(first("'\\n'").value()).isEqualTo('\n');
        assertThat(first("'\\n'").text()).isEqualTo("'\\n'");
    }

    @Test
    void symbolLiteralIsRejectedWithAHint() {
        assertThatThrownBy(() -> ScalaLexer.tokenize("val s = 'abc"))
                .isInstanceOfSatisfying(ScalaSyntaxException.class,
                        e -> assertThat(e.message(Locale.ENGLISH)).isEqualTo("symbol literals are not supported"));
    }

    @Test
    void interpolatedStringSplitsIntoTextAndSplices() {
        Token token = first("s\"n=$n, sum=${a + b}!\"");
        assertThat(token.kind()).isEqualTo(TokenKind.INTERPOLATED_STRING);
        assertThat(token.text()).isEqualTo("s");
        List<Object> parts = (List<Object>) token.value();
        assertThat(parts).hasSize(5);
        assertThat(parts.get(0)).isEqualTo(new InterpolationPart.Text("n="));
        assertThat(((InterpolationPart.Splice) parts.get(1)).tokens()).extracting(Token::text).containsExactly("n", "");
        assertThat(parts.get(2)).isEqualTo(new InterpolationPart.Text(", sum="));
        assertThat(((InterpolationPart.Splice) parts.get(3)).tokens()).extracting(Token::text)
                .containsExactly("a", "+", "b", "");
        assertThat(parts.get(4)).isEqualTo(new InterpolationPart.Text("!"));
    }

    @Test
    void formatSpecifierStaysInTheTextAfterTheSplice() {
        List<Object> parts = (List<Object>) first("f\"$x%.2f\"").value();
        assertThat(parts.get(2)).isEqualTo(new InterpolationPart.Text("%.2f"));
    }

    @Test
    void spliceMayContainStringsAndBraces() {
        List<Object> parts = (List<Object>) first("s\"${xs.map { x => s\"<$x>\" }.mkString(\"}\")}\"").value();
        assertThat(parts).hasSize(3);
    }

    @Test
    void rawInterpolatorKeepsBackslashes() {
        List<Object> parts = (List<Object>) first("raw\"a\\nb\"").value();
        assertThat(parts).containsExactly(new InterpolationPart.Text("a\\nb"));
    }

    @Test
    void doubleDollarIsALiteralDollar() {
        assertThat((List<Object>) first("s\"$$5\"").value()).containsExactly(new InterpolationPart.Text("$5"));
    }

    @Test
    void newlinesBeforeATokenAreCountedThroughComments() {
        List<Token> tokens = ScalaLexer.tokenize("a // one\n/* two\n three */ b\n\nc");
        assertThat(tokens).extracting(Token::newlinesBefore).containsExactly(0, 2, 2, 0);
    }

    @Test
    void nestedBlockComments() {
        assertThat(kinds("/* a /* b */ c */ x")).containsExactly(TokenKind.IDENTIFIER, TokenKind.END_OF_INPUT);
    }

    @Test
    void unicodeInCommentsStringsAndIdentifiers() {
        List<Token> tokens = ScalaLexer.tokenize("// 启动计算\nval 单词 = \"你好\"");
        assertThat(tokens).extracting(Token::text).containsExactly("val", "单词", "=", "\"你好\"", "");
        assertThat(tokens.get(1).line()).isEqualTo(2);
        assertThat(tokens.get(1).column()).isEqualTo(5);
    }

    @Test
    void fullWidthPunctuationGetsAHint() {
        assertThatThrownBy(() -> ScalaLexer.tokenize("println（1)"))
                .isInstanceOf(ScalaSyntaxException.class)
                .satisfies(e -> assertThat(((ScalaSyntaxException) e).hint()).contains("full-width"));
    }

    @Test
    void unclosedStringPointsAtItsStart() {
        assertThatThrownBy(() -> ScalaLexer.tokenize("val s =\n  \"abc\n"))
                .isInstanceOfSatisfying(ScalaSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    e.locatedIn("Main.scala", "val s =\n  \"abc\n");
                    assertThat(e.render(Locale.ENGLISH)).isEqualTo("Main.scala:2:3: unclosed string literal\n"
                            + "  \"abc\n  ^\n" + e.hint());
                });
    }

    @Test
    void backquotedIdentifier() {
        Token token = first("`type`");
        assertThat(token.kind()).isEqualTo(TokenKind.IDENTIFIER);
        assertThat(token.text()).isEqualTo("type");
    }
}
