package dev.streamlab.lang.scala;

import dev.streamlab.lang.SourceParser;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.scala.parse.ScalaParser;

/** Plugs the Scala parser into {@link dev.streamlab.lang.Dialect#SCALA}. */
public final class ScalaFrontEnd implements SourceParser {

    @Override
    public Language language() {
        return Language.SCALA;
    }

    @Override
    public Program parse(String source, String fileName) {
        return ScalaParser.parse(source, fileName);
    }
}
