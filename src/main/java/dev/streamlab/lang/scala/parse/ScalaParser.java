package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;
import java.util.List;

/**
 * The Scala dialect's front end: source text in, the shared AST out, or the first syntax error as a
 * {@link ScalaSyntaxException} (a {@link dev.streamlab.lang.runtime.LangException}) located in the file.
 */
public final class ScalaParser {

    private ScalaParser() {
    }

    public static Program parse(String source, String fileName) {
        SourceText text = new SourceText(source);
        try {
            List<Token> tokens = new ScalaLexer(text).tokenize();
            TokenCursor cursor = new TokenCursor(tokens, text, 0);
            return new Program(Language.SCALA, fileName, source,
                    StatementParser.over(cursor, new FreshNames(), DefSignatures.of(tokens)).program());
        } catch (ScalaSyntaxException error) {
            throw (ScalaSyntaxException) error.locatedIn(fileName, source);
        } catch (StackOverflowError tooDeep) {
            throw (ScalaSyntaxException) text.error(1, 1, "scala.syntax.programTooDeep")
                    .locatedIn(fileName, source);
        }
    }
}
