package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything student code can reach, for one dialect: global names ({@code println}, {@code Some}, {@code len}),
 * importable names by qualified path ({@code org.apache.spark.streaming.Seconds}, {@code pyspark.streaming.
 * StreamingContext}), import paths the lab knows but cannot provide (Kafka, JDBC) with the reason, and native
 * methods on Java classes (receiver class + name + arity). Libraries fill it once (see {@link HostLibrary}); after
 * that it is only read, from any thread. Nothing outside it is reachable: there is no reflection path.
 */
public final class HostRegistry {

    /** Arity key for a method that accepts any number of arguments. */
    public static final int ANY_ARITY = -1;

    /** Arity key for a Python data attribute computed by a native ({@code rdd.context}), read without a call. */
    public static final int PROPERTY = -2;

    private final Language language;
    private final Map<String, Object> globals = new LinkedHashMap<>();
    private final Map<String, Object> importables = new TreeMap<>();
    private final Set<String> packages = new HashSet<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, Map<Integer, NativeMethod>>> methods = new HashMap<>();
    private final Set<NativeMethod> curried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<NativeMethod, Set<Integer>> byNameMethods = new java.util.IdentityHashMap<>();
    private final Map<String, Set<Integer>> byNameSignatures = new HashMap<>();
    private final Map<Class<?>, Map<String, Map<Integer, NativeMethod>>> resolvedMethods = new ConcurrentHashMap<>();
    private final Map<String, TypeTest> types = new HashMap<>();
    private final Map<String, HostObject> namespaces = new ConcurrentHashMap<>();

    public HostRegistry(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    // ---- declaring

    /** A name visible everywhere without import. The value may be {@link PerRun}. */
    public HostRegistry global(String name, Object value) {
        globals.put(name, value);
        return this;
    }

    /** A name reachable by import, e.g. {@code "org.apache.spark.streaming.Seconds"}. The value may be PerRun. */
    public HostRegistry importable(String qualifiedName, Object value) {
        importables.put(qualifiedName, value);
        String path = qualifiedName;
        for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.')) {
            path = path.substring(0, dot);
            packages.add(path);
        }
        return this;
    }

    /** Imports under {@code pathPrefix} fail with the message of {@code reasonKey} (arguments: the import path). */
    public HostRegistry unavailable(String pathPrefix, String reasonKey) {
        unavailable.put(pathPrefix, reasonKey);
        return this;
    }

    /** A type name usable in typed patterns ({@code x: Int}) that is not a registered value. */
    public HostRegistry type(String name, TypeTest test) {
        types.put(name, test);
        return this;
    }

    /** A native method for receivers of {@code receiver} (and its subclasses) taking {@code arity} arguments. */
    public HostRegistry method(Class<?> receiver, String name, int arity, NativeMethod body) {
        methods.computeIfAbsent(receiver, c -> new HashMap<>()).computeIfAbsent(name, n -> new HashMap<>())
                .put(arity, body);
        resolvedMethods.clear();
        return this;
    }

    /**
     * A Scala method with two argument lists ({@code xs.sortBy(f)(ord)}, {@code rdd.top(n)(ord)}), registered with
     * both lists' arguments together: {@code recv.m(a)(b)} calls it at once. Only methods declared here are merged
     * so, since {@code line.split(" ")(0)} is {@code split(" ")} applied to 0, not {@code split(" ", 0)}.
     */
    public HostRegistry curriedMethod(Class<?> receiver, String name, int arity, NativeMethod body) {
        method(receiver, name, arity, body);
        curried.add(body);
        return this;
    }

    /**
     * A native method whose parameters at {@code positions} are by-name ({@code opt.getOrElse(default)}): calls
     * pass those arguments as {@link Thunk}s, which the method calls when it needs the value.
     */
    public HostRegistry byNameMethod(Class<?> receiver, String name, int arity, NativeMethod body,
            Integer... positions) {
        method(receiver, name, arity, body);
        byNameMethods.put(body, Set.of(positions));
        byNameArguments(name, 0, arity, positions);
        return this;
    }

    /**
     * Tells the compiler that some library callee named {@code name} takes the arguments at {@code positions} of its
     * argument list number {@code list} (0 first, 1 the curried second: {@code List.fill(n)(elem)}) with
     * {@code arity} arguments by name. The compiler passes thunks there; a callee that turns out at run time not to
     * take them by name ({@link #takesByName}, {@link LangFunction#takesByName}) gets them evaluated first.
     */
    public HostRegistry byNameArguments(String name, int list, int arity, Integer... positions) {
        byNameSignatures.computeIfAbsent(name + "/" + list + "/" + arity, k -> new HashSet<>())
                .addAll(Arrays.asList(positions));
        return this;
    }

    /** Which arguments of such a call the compiler passes as thunks, or null when none. */
    public boolean[] byNamePositions(String name, int list, int arity) {
        Set<Integer> positions = byNameSignatures.get(name + "/" + list + "/" + arity);
        if (positions == null) {
            return null;
        }
        boolean[] lazy = new boolean[arity];
        positions.forEach(p -> lazy[p] = true);
        return lazy;
    }

    /** Whether the native method takes its argument at {@code position} by name. */
    public boolean takesByName(NativeMethod method, int position) {
        Set<Integer> positions = byNameMethods.get(method);
        return positions != null && positions.contains(position);
    }

    /** Whether {@code method} was registered with {@link #curriedMethod}. */
    public boolean isCurried(NativeMethod method) {
        return curried.contains(method);
    }

    // ---- reading

    public Map<String, Object> globals() {
        return java.util.Collections.unmodifiableMap(globals);
    }

    public boolean hasGlobal(String name) {
        return globals.containsKey(name);
    }

    public Object globalValue(String name) {
        return globals.get(name);
    }

    public boolean isImportable(String qualifiedName) {
        return importables.containsKey(qualifiedName);
    }

    public Object importableValue(String qualifiedName) {
        return importables.get(qualifiedName);
    }

    public boolean isPackage(String path) {
        return packages.contains(path);
    }

    /** The names directly inside a package, for wildcard imports and suggestions. */
    public Map<String, String> membersOf(String packagePath) {
        Map<String, String> found = new LinkedHashMap<>();
        String prefix = packagePath + ".";
        for (String name : importables.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                String member = dot < 0 ? rest : rest.substring(0, dot);
                found.putIfAbsent(member, prefix + member);
            }
        }
        return found;
    }

    /**
     * A package or module as a value ({@code import scala.collection.mutable}, Python {@code import sys}): the
     * registered value at that path if there is one, else an object whose members are the names under the path.
     */
    public Object namespace(String path) {
        if (importables.containsKey(path)) {
            return importables.get(path);
        }
        HostObject cached = namespaces.get(path);
        if (cached != null) {
            return cached;
        }
        HostObject namespace = new HostObject(path);
        for (Map.Entry<String, String> member : membersOf(path).entrySet()) {
            namespace.define(member.getKey(), namespace(member.getValue()));
        }
        namespaces.putIfAbsent(path, namespace);
        return namespaces.get(path);
    }

    /** The message key why an import path cannot be provided, or null if it is not declared unavailable. */
    public String unavailableReason(String qualifiedName) {
        for (Map.Entry<String, String> entry : unavailable.entrySet()) {
            String prefix = entry.getKey();
            if (qualifiedName.equals(prefix) || qualifiedName.startsWith(prefix + ".")
                    || qualifiedName.startsWith(prefix)) {
                return entry.getValue();
            }
        }
        return null;
    }

    public TypeTest typeTest(String name) {
        return types.get(name);
    }

    /**
     * The native method for a receiver's class: the registration on the nearest class or interface wins; an
     * exact arity wins over {@link #ANY_ARITY}. Null when there is none.
     */
    public NativeMethod findMethod(Class<?> receiverClass, String name, int arity) {
        Map<Integer, NativeMethod> overloads = overloads(receiverClass).get(name);
        if (overloads == null) {
            return null;
        }
        NativeMethod exact = overloads.get(arity);
        return exact != null ? exact : overloads.get(ANY_ARITY);
    }

    /** A Python data attribute of receivers of {@code receiver}: {@code body} runs, without arguments, on reads. */
    public HostRegistry property(Class<?> receiver, String name, NativeMethod body) {
        return method(receiver, name, PROPERTY, body);
    }

    /** The native behind a data attribute declared with {@link #property}, or null. */
    public NativeMethod findProperty(Class<?> receiverClass, String name) {
        Map<Integer, NativeMethod> overloads = overloads(receiverClass).get(name);
        return overloads == null ? null : overloads.get(PROPERTY);
    }

    /** Whether any arity of the method exists for the class. */
    public boolean hasMethod(Class<?> receiverClass, String name) {
        return overloads(receiverClass).containsKey(name);
    }

    /** The arities the method is registered with for this class (for "takes 2 arguments" messages). */
    public Set<Integer> arities(Class<?> receiverClass, String name) {
        Map<Integer, NativeMethod> overloads = overloads(receiverClass).get(name);
        return overloads == null ? Set.of() : overloads.keySet();
    }

    /** Every method name for a class, for "did you mean" suggestions. */
    public Set<String> methodNames(Class<?> receiverClass) {
        return overloads(receiverClass).keySet();
    }

    private Map<String, Map<Integer, NativeMethod>> overloads(Class<?> receiverClass) {
        Map<String, Map<Integer, NativeMethod>> cached = resolvedMethods.get(receiverClass);
        if (cached == null) {
            cached = collect(receiverClass);
            resolvedMethods.put(receiverClass, cached);
        }
        return cached;
    }

    /** Nearest registration first: the class, its interfaces, then up the superclass chain. */
    private Map<String, Map<Integer, NativeMethod>> collect(Class<?> receiverClass) {
        Map<String, Map<Integer, NativeMethod>> merged = new HashMap<>();
        for (Class<?> type : lineage(receiverClass)) {
            Map<String, Map<Integer, NativeMethod>> own = methods.get(type);
            if (own != null) {
                for (Map.Entry<String, Map<Integer, NativeMethod>> entry : own.entrySet()) {
                    Map<Integer, NativeMethod> target = merged.computeIfAbsent(entry.getKey(), n -> new HashMap<>());
                    entry.getValue().forEach(target::putIfAbsent);
                }
            }
        }
        return merged;
    }

    private static List<Class<?>> lineage(Class<?> start) {
        List<Class<?>> order = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> c = start; c != null; c = c.getSuperclass()) {
            Deque<Class<?>> queue = new ArrayDeque<>();
            queue.add(c);
            while (!queue.isEmpty()) {
                Class<?> next = queue.poll();
                if (seen.add(next)) {
                    order.add(next);
                    queue.addAll(List.of(next.getInterfaces()));
                }
            }
        }
        return order;
    }
}
