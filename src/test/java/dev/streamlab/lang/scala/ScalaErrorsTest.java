package dev.streamlab.lang.scala;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.lang.runtime.LangException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScalaErrorsTest {

    @Test
    void misspelledMethodSuggestsTheRealOneWithLineAndCaret() {
        assertThatThrownBy(() -> ScalaRunner.lines("val s = \"Abc\"\nprintln(s.toLowercase)"))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.message(Locale.ENGLISH))
                            .isEqualTo("value toLowercase is not a member of String \u2014 did you mean toLowerCase?");
                    assertThat(e.render(Locale.ENGLISH)).isEqualTo("""
                            Main.scala:4:11: value toLowercase is not a member of String \u2014 did you mean toLowerCase?
                            println(s.toLowercase)
                                      ^""");
                });
    }

    @Test
    void misspelledNameIsReportedBeforeRunning() {
        ScalaRunner.class.getName();
        assertThatThrownBy(() -> dev.streamlab.lang.Dialect.SCALA.compile("""
                object Main {
                  def main(args: Array[String]): Unit = {
                    val words = List("a")
                    println(wrods)
                  }
                }
                """, "Main.scala"))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.key()).isEqualTo("lang.name.notFoundSuggest");
                    assertThat(e.position().line()).isEqualTo(4);
                });
    }

    @Test
    void misspelledImportSuggestsTheRealName() {
        assertThatThrownBy(() -> ScalaRunner.run("import scala.collection.mutable.ArrayBufer\nobject Main extends App {}"))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .contains("did you mean scala.collection.mutable.ArrayBuffer?"));
    }

    @Test
    void uncaughtExceptionEndsTheRunLikeTheJvm() {
        assertThatThrownBy(() -> ScalaRunner.lines("val n = \"x\".toInt"))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo(
                            "Exception in thread \"main\" java.lang.NumberFormatException: For input string: \"x\"");
                    assertThat(e.position().line()).isEqualTo(3);
                });
    }

    @Test
    void noneGetAndDivisionByZeroAreJvmExceptions() {
        assertThat(ScalaRunner.lines("""
                try { None.get } catch { case e: java.util.NoSuchElementException => println(e) }
                try { 1 / 0 } catch { case e: ArithmeticException => println(e) }
                try { List(1)(3) } catch { case e: IndexOutOfBoundsException => println(e) }
                """)).containsExactly("java.util.NoSuchElementException: None.get",
                "java.lang.ArithmeticException: / by zero", "java.lang.IndexOutOfBoundsException: 3");
    }

    @Test
    void matchErrorNamesTheValueAndItsClass() {
        assertThatThrownBy(() -> ScalaRunner.lines("(1, 2) match { case (0, _) => 1 }"))
                .isInstanceOfSatisfying(LangException.class, e -> assertThat(e.message(Locale.ENGLISH))
                        .isEqualTo("Exception in thread \"main\" scala.MatchError: (1,2) (of class scala.Tuple2)"));
    }

    @Test
    void scaffoldPlaceholderAsksForTheStudentsCodeWhenEvaluated() {
        assertThatThrownBy(() -> ScalaRunner.lines("println(1)\nval res: Int = ..."))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.key()).isEqualTo("lang.name.placeholder");
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("replace the `...` at line 4 with your code");
                    assertThat(e.message(Locale.FRENCH)).isEqualTo("remplacez le `...` de la ligne 4 par votre code");
                });
    }

    @Test
    void scaffoldWithPlaceholderCompilesAndRunsWhileTheGapIsNotEvaluated() {
        assertThat(ScalaRunner.lines("def later(): Int = ...\nprintln(\"started\")")).containsExactly("started");
        assertThat(dev.streamlab.lang.Dialect.SCALA.compile("""
                object Main {
                  def main(args: Array[String]): Unit = {
                    val res: List[(String, Int)] = ...
                    res.foreach(println)
                  }
                }
                """, "Main.scala")).isNotNull();
    }

    @Test
    void messagesRenderInTheStudentsLanguage() {
        assertThatThrownBy(() -> ScalaRunner.lines("println(wrods)"))
                .isInstanceOfSatisfying(LangException.class, e -> {
                    assertThat(e.message(Locale.FRENCH)).isEqualTo("introuvable\u00a0: valeur wrods");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("找不到值 wrods");
                });
    }

    @Test
    void everyMessageKeyHasATranslation() throws Exception {
        java.util.Properties english = load("lang.properties");
        for (String locale : new String[] {"en", "fr", "ru", "zh_CN", "zh_TW"}) {
            assertThat(load("lang_" + locale + ".properties").stringPropertyNames())
                    .as(locale).containsAll(english.stringPropertyNames());
        }
    }

    private static java.util.Properties load(String name) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ScalaErrorsTest.class.getResourceAsStream("/i18n/" + name);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
