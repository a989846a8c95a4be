package dev.streamlab.lang.ast;

/** What a Python comprehension builds: {@code [..]}, {@code {..}}, {@code {k: v ..}} or a generator {@code (..)}. */
public enum ComprehensionKind {
    LIST,
    SET,
    DICT,
    GENERATOR
}
