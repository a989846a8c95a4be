package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.runtime.LangException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PythonErrorsTest {

    @Test
    void uncaughtExceptionsEndTheProgramWithCPythonsLastTracebackLine() {
        assertThat(PythonRunner.error("int('x')\n")).isEqualTo("ValueError: invalid literal for int() with base 10: 'x'");
        assertThat(PythonRunner.error("d = {}\nd['k']\n")).isEqualTo("KeyError: 'k'");
        assertThat(PythonRunner.error("[1][3]\n")).isEqualTo("IndexError: list index out of range");
        assertThat(PythonRunner.error("print(1 / 0)\n")).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(PythonRunner.error("x = 1 + 'a'\n"))
                .isEqualTo("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
        assertThat(PythonRunner.error("raise RuntimeError\n")).isEqualTo("RuntimeError");
        assertThat(PythonRunner.error("class MyError(Exception):\n    pass\nraise MyError('boom')\n"))
                .isEqualTo("__main__.MyError: boom");
        assertThat(PythonRunner.error("import json\njson.loads('')\n"))
                .isEqualTo("json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)");
    }

    @Test
    void misspelledNamesSuggestTheCloseOne() {
        assertThat(PythonRunner.error("words = ['a']\nprint(wrods)\n"))
                .isEqualTo("NameError: name 'wrods' is not defined. Did you mean: 'words'?");
        assertThat(PythonRunner.error("'a b'.splt()\n"))
                .isEqualTo("AttributeError: 'str' object has no attribute 'splt'. Did you mean: 'split'?");
    }

    @Test
    void errorsPointAtTheirLine() {
        PythonRunner runner = PythonRunner.run("x = 1\ny = x / 0\n");
        assertThat(runner.error.position().line()).isEqualTo(2);
        assertThat(runner.error.render(Locale.ENGLISH)).contains("y = x / 0").contains("^");
    }

    @Test
    void syntaxErrorsAreLabErrorsWithTranslatedHints() {
        PythonRunner runner = PythonRunner.run("if x\n    pass\n");
        LangException error = runner.error;
        assertThat(error.message(Locale.ENGLISH)).startsWith("SyntaxError: expected ':'\nA line that starts a block");
        assertThat(error.message(Locale.FRENCH)).startsWith("SyntaxError: expected ':'\nUne ligne qui ouvre un bloc");
        assertThat(error.position().line()).isEqualTo(1);
        assertThat(PythonRunner.error("print 'hi'\n"))
                .startsWith("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
        assertThat(PythonRunner.error("if True:\nprint(1)\n"))
                .startsWith("IndentationError: expected an indented block after 'if' statement on line 1");
    }

    @Test
    void sandboxWallsExplainThemselves() {
        assertThat(PythonRunner.error("open('/etc/passwd')\n"))
                .isEqualTo("the lab does not allow open(): programs cannot read or write files");
        assertThat(PythonRunner.error("eval('1')\n"))
                .isEqualTo("the lab does not allow eval(): programs cannot run code from strings");
        assertThat(PythonRunner.error("__import__('os')\n"))
                .isEqualTo("the lab does not allow __import__(): programs cannot run code from strings");
        assertThat(PythonRunner.error("x = ().__class__\n"))
                .isEqualTo("the lab does not allow access to the attribute '__class__'");
        assertThat(PythonRunner.error("getattr(1, '__class__')\n"))
                .isEqualTo("the lab does not allow access to the attribute '__class__'");
        assertThat(PythonRunner.error("line = input()\n")).startsWith("the lab does not allow input(): programs read");
        assertThat(PythonRunner.error("class A:\n    def f(self):\n        return super().f()\nA().f()\n"))
                .isEqualTo("AttributeError: 'super' object has no attribute 'f'");
        PythonRunner walled = PythonRunner.run("x = 1\nf = open('data.txt')\n");
        assertThat(walled.error.position().line()).isEqualTo(2);
    }

    @Test
    void hugePaddingHitsTheSizeLimitInsteadOfTheMemory() {
        assertThat(PythonRunner.error("print(f'{1:999999999}')\n")).contains("over the limit");
        assertThat(PythonRunner.error("print('%999999999d' % 1)\n")).contains("over the limit");
        assertThat(PythonRunner.error("print('a\\tb'.expandtabs(999999999))\n")).contains("over the limit");
    }

    @Test
    void modulesTheLabCannotProvideFailAtTheirImport() {
        PythonRunner runner = PythonRunner.run("import json\nimport socket\n");
        assertThat(runner.error.position().line()).isEqualTo(2);
        assertThat(runner.error.message(Locale.ENGLISH)).contains("socket").contains("network");
        assertThat(PythonRunner.error("from os import path\n")).contains("os");
        assertThat(PythonRunner.error("import subprocess\n")).contains("subprocess");
    }

    @Test
    void sysExitEndsTheProgramWithItsStatus() {
        PythonRunner runner = PythonRunner.run("import sys\nprint('a')\nsys.exit(3)\nprint('b')\n");
        assertThat(runner.out).containsExactly("a");
        assertThat(runner.status).isEqualTo(3);
        PythonRunner quitting = PythonRunner.run("print('a')\nexit('bye')\nprint('b')\n");
        assertThat(quitting.out).containsExactly("a");
        assertThat(quitting.err).containsExactly("bye");
        assertThat(quitting.status).isEqualTo(1);
    }

    @Test
    void printCanWriteToStderr() {
        PythonRunner runner = PythonRunner.run("import sys\nprint('oops', file=sys.stderr)\nsys.stderr.write('x\\n')\n");
        assertThat(runner.err).containsExactly("oops", "x");
        assertThat(runner.out).isEmpty();
    }

    @Test
    void everyMessageRendersInEveryShippedLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"),
                Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
            for (String key : List.of("python.sandbox.files", "python.sandbox.code", "python.sandbox.reflection",
                    "python.sandbox.input", "python.sandbox.dunder")) {
                String text = new PyLabException(key, null, "open()").message(locale);
                assertThat(text).as("%s in %s", key, locale).contains("open()").doesNotContain("{").isNotEqualTo(key);
            }
            String syntax = PyLabException.syntax("SyntaxError", "expected ':'", 1, 5).message(locale);
            assertThat(syntax).startsWith("SyntaxError: expected ':'\n").hasLineCount(2);
        }
    }
}
