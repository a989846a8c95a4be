/**
 * The shared runtime of both dialects: a {@link dev.streamlab.lang.runtime.Resolver} binds names once (locals to
 * frame slots, captured variables to {@link dev.streamlab.lang.runtime.Cell}s, module names and Scala
 * objects/classes to global slots, library names to constants), a {@link dev.streamlab.lang.runtime.Compiler}
 * turns the tree into executable nodes, and {@link dev.streamlab.lang.runtime.CompiledProgram#run} runs them.
 *
 * <p>Extension points:
 * <ul>
 * <li>{@link dev.streamlab.lang.runtime.DialectSemantics}: everything a language decides (operators, truthiness,
 * iteration, printing, errors). One per dialect, found with {@link java.util.ServiceLoader}.</li>
 * <li>{@link dev.streamlab.lang.runtime.HostLibrary} and {@link dev.streamlab.lang.runtime.HostRegistry}: what
 * student code can reach: global and importable names ({@link dev.streamlab.lang.runtime.HostObject} for
 * companions, factories, namespaces; {@link dev.streamlab.lang.runtime.PerRun} for values that belong to one run),
 * native methods on Java classes ({@link dev.streamlab.lang.runtime.NativeMethod}), and import paths the lab
 * refuses with a reason. The Spark binding is such a library; per-run state reaches its natives through
 * {@link dev.streamlab.lang.runtime.RunContext#service(Class)}.</li>
 * <li>{@link dev.streamlab.lang.runtime.LangFunction}: every function value, callable by the engine through the
 * java.util.function interfaces.</li>
 * </ul>
 *
 * <p>The sandbox: a {@link dev.streamlab.lang.runtime.Budget} charges a step per call and per loop iteration, bounds
 * call depth (a StackOverflowError becomes the same clean error), string and collection sizes, and output; the
 * binding calls {@code startBatch} before each batch. Budget overruns, like every
 * {@link dev.streamlab.lang.runtime.LangException}, cannot be caught by student code, which only catches
 * {@link dev.streamlab.lang.runtime.GuestException}s (its own exceptions and the JVM/CPython ones the library
 * raises). Nothing but the registry is reachable: there is no reflection path from a program to Java.
 */
package dev.streamlab.lang.runtime;
