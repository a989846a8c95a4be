package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;

/** The Scala dialect's front end: source text in, the shared AST out, or the first syntax error. */
public final class ScalaParser {

    private ScalaParser() {
    }

    public static Program parse(String source, String fileName) {
        SourceText text = new SourceText(source);
        try {
            TokenCursor cursor = new TokenCursor(new ScalaLexer(text).tokenize(), text, 0);
            return new Program(Language.SCALA, fileName, source,
                    StatementParser.over(cursor, new FreshNames()).program());
        } catch (StackOverflowError tooDeep) {
            throw text.error(1, 1, "program nested too deeply",
                    "Split deeply nested expressions into vals or helper defs.");
        }
    }
}
