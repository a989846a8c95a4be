package dev.streamlab.lang.ast;

/**
 * One name brought in by an import: Scala {@code C} or {@code D => E} inside braces, Python {@code a} or
 * {@code a as b} after {@code from m import}. {@code alias} is null when the name is kept; Scala's hiding form
 * {@code D => _} has alias {@code "_"}.
 */
public record ImportedName(String name, String alias, Position pos) implements Node {

    public String boundName() {
        return alias == null ? name : alias;
    }
}
