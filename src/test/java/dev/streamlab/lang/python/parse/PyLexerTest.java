package dev.streamlab.lang.python.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PyLexerTest {

    private static String kinds(String source) {
        return PyLexer.tokenize(source).stream()
                .map(t -> switch (t.type()) {
                    case NAME, KEYWORD, OP, NUMBER -> t.text();
                    case STRING -> "'" + t.value() + "'";
                    default -> t.type().name();
                })
                .collect(Collectors.joining(" "));
    }

    private static Object value(String literal) {
        return PyLexer.tokenize(literal).get(0).value();
    }

    @Test
    void indentationBecomesIndentAndDedent() {
        String source = "if x:\n    y = 1\n\n    # comment\n    if z:\n        w\nv\n";
        assertThat(kinds(source)).isEqualTo(
                "if x : NEWLINE INDENT y = 1 NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE EOF");
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashJoinLines() {
        assertThat(kinds("f(a,\n  b)\nx = 1 + \\\n  2\n")).isEqualTo("f ( a , b ) NEWLINE x = 1 + 2 NEWLINE EOF");
    }

    @Test
    void missingFinalNewlineStillEndsTheLogicalLine() {
        assertThat(kinds("def f():\n  return 1")).isEqualTo("def f ( ) : NEWLINE INDENT return 1 NEWLINE DEDENT EOF");
    }

    @Test
    void numbersDecodeToPythonValues() {
        assertThat(value("1_000")).isEqualTo(1000L);
        assertThat(value("0x_ff")).isEqualTo(255L);
        assertThat(value("0o17")).isEqualTo(15L);
        assertThat(value("0b101")).isEqualTo(5L);
        assertThat(value("1e-3")).isEqualTo(0.001);
        assertThat(value("1.")).isEqualTo(1.0);
        assertThat(value(".5")).isEqualTo(0.5);
        assertThat(value("1_0.2_5e1_0")).isEqualTo(10.25e10);
        assertThat(value("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(value("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void badNumbersAreSyntaxErrors() {
        assertThatThrownBy(() -> PyLexer.tokenize("012")).hasMessageContaining("leading zeros");
        assertThatThrownBy(() -> PyLexer.tokenize("1__0")).hasMessage("invalid decimal literal");
        assertThatThrownBy(() -> PyLexer.tokenize("1abc")).hasMessage("invalid decimal literal");
        assertThatThrownBy(() -> PyLexer.tokenize("0x")).hasMessage("invalid hexadecimal literal");
    }

    @Test
    void stringFormsDecode() {
        assertThat(value("'a\\tb\\n'")).isEqualTo("a\tb\n");
        assertThat(value("\"it's\"")).isEqualTo("it's");
        assertThat(value("r'\\d+\\''")).isEqualTo("\\d+\\'");
        assertThat(value("'''a\n\"b\"'''")).isEqualTo("a\n\"b\"");
        assertThat(value("'\\x41\\u00e9\\U0001F600\\101\\N{BULLET}'")).isEqualTo("A\u00e9\uD83D\uDE00A\u2022");
        assertThat(value("'\\d'")).isEqualTo("\\d");
        assertThat(value("u'x'")).isEqualTo("x");
    }

    @Test
    void unterminatedStringNamesWhereItWasDetected() {
        assertThatThrownBy(() -> PyLexer.tokenize("x = 'abc\ny = 2\n"))
                .hasMessage("unterminated string literal (detected at line 1)");
        assertThatThrownBy(() -> PyLexer.tokenize("x = '''abc\ny = 2\n"))
                .hasMessage("unterminated triple-quoted string literal (detected at line 2)");
    }

    @Test
    void fStringSplitsIntoTextAndFields() {
        @SuppressWarnings("unchecked")
        List<FStringPart> parts = (List<FStringPart>) value("f'{{a}} {x!r:>{w}.2f} {d[\"k\"]} {y=}'");
        assertThat(parts).hasSize(6);
        assertThat(parts.get(0)).isEqualTo(new FStringPart.Text("{a} "));
        FStringPart.Field x = (FStringPart.Field) parts.get(1);
        assertThat(x.source()).isEqualTo("x");
        assertThat(x.conversion()).isEqualTo('r');
        assertThat(x.spec()).hasSize(3);
        assertThat(((FStringPart.Field) x.spec().get(1)).source()).isEqualTo("w");
        assertThat(((FStringPart.Field) parts.get(3)).source()).isEqualTo("d[\"k\"]");
        FStringPart.Field y = (FStringPart.Field) parts.get(5);
        assertThat(y.debugText()).isEqualTo("y=");
        assertThat(y.conversion()).isEqualTo('r');
    }

    @Test
    void fStringFieldsCannotHoldBackslashes() {
        assertThatThrownBy(() -> PyLexer.tokenize("f'{\"\\n\".join(x)}'"))
                .hasMessage("f-string expression part cannot include a backslash");
        assertThatThrownBy(() -> PyLexer.tokenize("f'a}'")).hasMessage("f-string: single '}' is not allowed");
    }

    @Test
    void bracketMistakesNameTheBracket() {
        assertThatThrownBy(() -> PyParser.parse("f(1,\n2\n", "f.py")).hasMessage("'(' was never closed");
        assertThatThrownBy(() -> PyLexer.tokenize("x)\n")).hasMessage("unmatched ')'");
        assertThatThrownBy(() -> PyLexer.tokenize("f(1]\n"))
                .hasMessage("closing parenthesis ']' does not match opening parenthesis '('");
    }

    @Test
    void badDedentIsAnIndentationError() {
        assertThatThrownBy(() -> PyLexer.tokenize("if x:\n    a\n  b\n"))
                .isInstanceOfSatisfying(PySyntaxError.class, e -> assertThat(e.kind()).isEqualTo("IndentationError"))
                .hasMessage("unindent does not match any outer indentation level");
    }

    @Test
    void smartQuotesAreNamed() {
        assertThatThrownBy(() -> PyLexer.tokenize("print(\u201chi\u201d)"))
                .hasMessage("invalid character '\u201c' (U+201C)");
    }

    @Test
    void seedProgramsTokenize() throws Exception {
        for (String name : List.of("seed001_stateless.py", "seed004_network_wordcount.py")) {
            String source = dev.streamlab.Examples.read(name);
            List<PyToken> tokens = PyLexer.tokenize(source);
            assertThat(tokens.get(tokens.size() - 1).type()).isEqualTo(PyTokenType.EOF);
        }
    }
}
