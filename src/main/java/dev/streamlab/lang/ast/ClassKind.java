package dev.streamlab.lang.ast;

/** Which definition form a {@link Stmt.ClassDef} came from. */
public enum ClassKind {
    OBJECT,
    CASE_OBJECT,
    CLASS,
    CASE_CLASS,
    TRAIT,
    PYTHON_CLASS
}
