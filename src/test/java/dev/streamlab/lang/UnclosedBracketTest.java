package dev.streamlab.lang;

import dev.streamlab.lang.runtime.LangException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bracket left open is reported where the parser gave up (the caret) and names where the bracket was opened, in
 * both dialects and every locale.
 */
class UnclosedBracketTest {

    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("zh-TW")};

    private static LangException error(Dialect dialect, String source, String file) {
        try {
            dialect.compile(source, file);
        } catch (LangException e) {
            return e;
        }
        throw new AssertionError("compiled without an error");
    }

    @Test
    void pythonNamesTheBracketAndWhereItWasOpened() {
        LangException e = error(Dialect.PYTHON, "x = 1\ny = foo(1,\n   2\nz = 3\n", "main.py");
        assertThat(e.render(Locale.ENGLISH)).isEqualTo("""
                main.py:3:4: SyntaxError: '(' was never closed
                '(' opened at line 2, column 8 is never closed: close it where its expression ends.
                   2
                   ^""");
        for (Locale locale : LOCALES) {
            assertThat(e.render(locale)).as(locale.toString()).contains("2").contains("8").contains("'('");
        }
        assertThat(e.render(Locale.FRENCH)).contains("ouvert à la ligne 2, colonne 8");
    }

    @Test
    void pythonKeepsCPythonsReportWhenTheEndIsReachedFirst() {
        assertThatThrownBy(() -> Dialect.PYTHON.compile("print(1,\n", "main.py"))
                .isInstanceOfSatisfying(LangException.class, e ->
                        assertThat(e.render(Locale.ENGLISH)).startsWith("main.py:1:6: SyntaxError: '(' was never closed"));
    }

    @Test
    void scalaNamesTheBracketAndWhereItWasOpened() {
        LangException e = error(Dialect.SCALA, """
                object A {
                  def main(args: Array[String]): Unit = {
                    val x = List(1, 2
                    println(x)
                  }
                }
                """, "A.scala");
        assertThat(e.render(Locale.ENGLISH)).isEqualTo("""
                A.scala:5:3: ')' expected but '}' found
                  }
                  ^
                Separate the arguments with commas, and check that every ( { [ and " is closed.
                '(' opened at line 3, column 17 is never closed.""");
        assertThat(e.render(Locale.forLanguageTag("ru"))).contains("'('").contains("3").contains("17");
        assertThat(e.render(Locale.forLanguageTag("zh-TW"))).contains("第 3 行第 17 列");
    }

    @Test
    void scalaAtTheEndOfInputNamesTheBraceLeftOpen() {
        LangException e = error(Dialect.SCALA, "object A {\n  def main(args: Array[String]): Unit = {\n"
                + "    println(1)\n}\n", "A.scala");
        assertThat(e.render(Locale.ENGLISH)).startsWith("A.scala:5:1: '}' expected but end of input found")
                .endsWith("'{' opened at line 1, column 10 is never closed.");
    }
}
