package dev.streamlab.lang.ast;

/** The source language a {@link Program} was parsed from; the runtime picks its dialect semantics from it. */
public enum Language {
    SCALA,
    PYTHON
}
