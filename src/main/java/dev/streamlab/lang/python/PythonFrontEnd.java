package dev.streamlab.lang.python;

import dev.streamlab.lang.SourceParser;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.python.parse.PyParser;
import dev.streamlab.lang.python.parse.PySyntaxError;

/** Plugs the Python parser into {@link dev.streamlab.lang.Dialect#PYTHON}; syntax errors become lab errors. */
public final class PythonFrontEnd implements SourceParser {

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public Program parse(String source, String fileName) {
        try {
            return PyParser.parse(source, fileName);
        } catch (PySyntaxError e) {
            if (e.opener() != null) {
                throw PyLabException.syntax(e.kind(), e.getMessage(), e.line(), e.column(),
                        String.valueOf(e.opener().symbol()), e.opener().line(), e.opener().column());
            }
            throw PyLabException.syntax(e.kind(), e.getMessage(), e.line(), e.column());
        }
    }
}
