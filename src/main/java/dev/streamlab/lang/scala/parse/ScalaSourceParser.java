package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.SourceParser;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;

/** The Scala front end as the runtime finds it. */
public final class ScalaSourceParser implements SourceParser {

    @Override
    public Language language() {
        return Language.SCALA;
    }

    @Override
    public Program parse(String source, String fileName) {
        return ScalaParser.parse(source, fileName);
    }
}
