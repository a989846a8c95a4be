package dev.streamlab.lang.ast;

import java.util.List;

/**
 * A whole parsed source file: its top-level statements in order. For Scala these are the {@code package} clause,
 * imports, objects/classes and any top-level defs; for Python the module body. The source text is kept so that
 * errors can show the offending line with a caret.
 */
public record Program(Language language, String fileName, String source, List<Stmt> statements) {

    public Program {
        statements = List.copyOf(statements);
    }
}
