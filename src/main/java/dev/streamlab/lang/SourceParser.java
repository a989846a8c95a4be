package dev.streamlab.lang;

import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;

/**
 * A dialect's front end: source text to AST. Found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.streamlab.lang.SourceParser}), so the front ends and the core do not depend on each
 * other. Syntax errors are {@link dev.streamlab.lang.runtime.LangException}s with positions.
 */
public interface SourceParser {

    Language language();

    Program parse(String source, String fileName);
}
