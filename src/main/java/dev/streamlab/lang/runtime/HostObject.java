package dev.streamlab.lang.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named thing a library provides: a Scala companion/class ({@code StreamingContext} with {@code new}, members like
 * {@code getOrCreate}), a factory ({@code List(1, 2)}, {@code Some(x)}, which also extracts in patterns), a namespace
 * ({@code math}, {@code System.out}, a Python module, an imported Scala package). Calling it runs its apply function.
 */
public final class HostObject extends LangFunction implements MemberHolder {

    private final String name;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private LangFunction apply;
    private TypedConstructor constructor;
    private Extractor extractor;
    private TypeTest typeTest;
    private String printedAs;
    private boolean byName;

    public HostObject(String name) {
        this.name = name;
        this.printedAs = name;
    }

    public HostObject define(String memberName, Object value) {
        members.put(memberName, value);
        return this;
    }

    /** Adds a member function. */
    public HostObject function(String memberName, int arity, java.util.function.Function<Object[], Object> body) {
        return define(memberName, new NativeFunction(name + "." + memberName, arity, body));
    }

    public HostObject apply(LangFunction function) {
        this.apply = function;
        return this;
    }

    /** What {@code new Name[T](args)} calls; it gets the type arguments as written ({@code new Array[Int](5)}). */
    public HostObject constructor(TypedConstructor function) {
        this.constructor = function;
        return this;
    }

    public HostObject extractor(Extractor unapply) {
        this.extractor = unapply;
        return this;
    }

    public HostObject typeTest(TypeTest test) {
        this.typeTest = test;
        return this;
    }

    /**
     * Calls pass arguments unevaluated, as zero-argument functions (Scala by-name parameters:
     * {@code Try(s.toInt)} must catch what evaluating {@code s.toInt} throws).
     */
    public HostObject byName() {
        this.byName = true;
        return this;
    }

    @Override
    public boolean takesByName(int position) {
        return byName;
    }

    /** How the object prints when a program prints it. */
    public HostObject printedAs(String text) {
        this.printedAs = text;
        return this;
    }

    public TypedConstructor constructor() {
        return constructor;
    }

    public Extractor extractor() {
        return extractor;
    }

    public TypeTest typeTest() {
        return typeTest;
    }

    /** The member as registered, without resolving a {@link PerRun} value (for compile-time lookups). */
    public Object registeredMember(String memberName) {
        return members.get(memberName);
    }

    @Override
    public Object member(String memberName, RunContext context) {
        Object value = members.get(memberName);
        return value instanceof PerRun perRun ? perRun.resolve(context) : value;
    }

    @Override
    public Iterable<String> memberNames() {
        return members.keySet();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args) {
        if (apply == null) {
            throw new LangException("lang.call.notCallable", null, name);
        }
        return apply.call(args);
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        if (apply == null) {
            throw new LangException("lang.call.notCallable", null, name);
        }
        return apply.callWithKeywords(positional, names, values);
    }

    @Override
    public String toString() {
        return printedAs;
    }
}
