package dev.streamlab.lang.ast;

/** Any AST node: it knows where it starts, so every error can point at a line and column. */
public interface Node {

    Position pos();
}
