/**
 * The PySpark dialect: lexer and parser ({@code parse}) to the shared AST, and Python's values, arithmetic, printing
 * and library on the shared runtime ({@link dev.streamlab.lang.python.PythonSemantics}).
 *
 * <p>Values: ints are {@code Long}, exactly promoted to {@code BigInteger}; floats {@code Double} with CPython's
 * shortest {@code repr}; strings {@code String}, indexed by code point; {@code None} is {@code null}; tuples are the
 * engine's {@code Tuple}; lists, dicts and sets are Java collections; batch times are {@link
 * dev.streamlab.lang.python.PyDateTime}; grouped values {@link dev.streamlab.lang.python.ResultIterable}.
 * {@code hash} of strings is CPython 3.11's SipHash-1-3 with {@code PYTHONHASHSEED=0}, so keys land in PySpark's
 * partitions.
 *
 * <p>Known differences from CPython: generator functions run eagerly to the end when called (a generator that never
 * ends is stopped by the step budget); {@code hash(None)} is 0 (CPython's depends on an address), so sets holding
 * None may iterate differently; {@code with} is accepted only in its simplest form; {@code super},
 * {@code staticmethod}, {@code classmethod} and {@code property} are refused with a clear message; regular
 * expression syntax errors carry Java's wording; as dict keys, {@code (1,)} and {@code (1.0,)} stay distinct.
 */
package dev.streamlab.lang.python;
