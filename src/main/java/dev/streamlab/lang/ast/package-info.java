/**
 * The one abstract syntax tree both dialects parse into: {@link dev.streamlab.lang.ast.Program} holds
 * {@link dev.streamlab.lang.ast.Stmt}s, which hold {@link dev.streamlab.lang.ast.Expr}s and
 * {@link dev.streamlab.lang.ast.Pattern}s; every node carries its {@link dev.streamlab.lang.ast.Position}.
 *
 * <p>Desugaring done by the parsers (not represented in the tree): Scala for-comprehensions become
 * {@code foreach}/{@code map}/{@code flatMap}/{@code withFilter} calls; Scala {@code _} placeholders become lambdas;
 * Scala infix methods ({@code a max b}, {@code x :: xs}, {@code k -> v}) become method calls while arithmetic and
 * comparison operators stay {@link dev.streamlab.lang.ast.Expr.Binary}; Python {@code elif} becomes a nested if;
 * adjacent string literals are joined. Kept as nodes on purpose: string interpolation (the dialect formats holes),
 * comparison chains, pattern-matching anonymous functions (their arity is known only when called).
 */
package dev.streamlab.lang.ast;
