package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/** Which function of the program a piece of code belongs to, for budget messages ("your function f at line 12"). */
public record CodeSite(String functionName, Position position) {
}
