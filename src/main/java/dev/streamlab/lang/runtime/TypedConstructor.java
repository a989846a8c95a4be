package dev.streamlab.lang.runtime;

import java.util.List;

/** What a library's {@code new C[T](args)} runs: type arguments as written (empty when none) and the arguments. */
@FunctionalInterface
public interface TypedConstructor {

    Object construct(List<String> typeArgs, Object[] args);
}
