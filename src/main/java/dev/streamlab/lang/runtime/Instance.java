package dev.streamlab.lang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a program class or a Scala object. Scala fields sit in a fixed array (constructor parameters first,
 * then body vals); Python instances keep their attributes in a map. Case class instances compare by value and expose
 * {@code productPrefix} and their elements, which the JVM key hashing of the Spark binding needs.
 */
public final class Instance implements MemberHolder, Comparable<Object> {

    private final ClassValue classValue;
    final Object[] fields;
    private Map<String, Object> attributes;

    final Cell[] captured;

    Instance(ClassValue classValue) {
        this.classValue = classValue;
        this.fields = new Object[classValue.code.fields.size()];
        this.captured = classValue.captured;
    }

    /** {@code method} bound to this instance, with the cells of the enclosing def its (local) class uses. */
    Closure bind(FunctionCode method, RunContext context) {
        Cell[] cells = Closure.NO_CELLS;
        if (method.classCells != null) {
            Cell[] source = method.declaringClass == classValue.code ? captured
                    : ((ClassValue) context.globals[method.declaringClass.globalSlot]).captured;
            cells = new Cell[method.classCells.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = source[method.classCells[i]];
            }
        }
        return new Closure(method, cells, this, context, null, null);
    }

    public ClassValue classValue() {
        return classValue;
    }

    public String productPrefix() {
        return classValue.code.name;
    }

    public int productArity() {
        return classValue.code.constructorParams;
    }

    public Object productElement(int index) {
        return fields[index];
    }

    public List<Object> productElements() {
        return Arrays.asList(fields).subList(0, productArity());
    }

    /**
     * A case class's {@code copy(...)}: a new instance built by the class's constructor from this one's elements,
     * the given ones replaced ({@code positional} from the first parameter on, {@code names} by parameter name).
     */
    public Instance copy(Object[] positional, String[] names, Object[] values) {
        Object[] args = productElements().toArray();
        if (positional.length > args.length) {
            throw classValue.context.semantics().argumentMismatch("copy", "too many positional arguments: expected "
                    + args.length);
        }
        System.arraycopy(positional, 0, args, 0, positional.length);
        for (int i = 0; i < names.length; i++) {
            int index = classValue.code.fieldIndex(names[i]);
            if (index < 0 || index >= args.length) {
                throw classValue.context.semantics().argumentMismatch("copy",
                        "got an unexpected keyword argument '" + names[i] + "'");
            }
            args[index] = values[i];
        }
        return classValue.construct(args, new String[0], new Object[0]);
    }

    /** The constructor parameters' names, in order ({@code productElementNames}). */
    public List<String> productElementNames() {
        return classValue.code.fields.subList(0, productArity());
    }

    /** Python instance attributes in assignment order (Scala: empty). */
    public Map<String, Object> attributes() {
        return attributes == null ? Map.of() : attributes;
    }

    /** {@code obj.name = value}: a Python class's own {@code __setattr__} or property setter decides first. */
    void setField(String name, Object value) {
        if (classValue.code.isPython() && classValue.classAttribute("__setattr__") instanceof LangFunction custom
                && !(custom instanceof ClassValue)) {
            custom.call(new Object[] {this, name, value});
            return;
        }
        setFieldDirectly(name, value);
    }

    /** {@code object.__setattr__}: a property's setter, else the instance's own attribute. */
    void setFieldDirectly(String name, Object value) {
        int index = classValue.code.fieldIndex(name);
        if (index >= 0) {
            fields[index] = value;
        } else if (classValue.code.isPython()
                && classValue.classAttribute(name) instanceof ClassMember member
                && member.kind() == ClassMember.Kind.PROPERTY) {
            if (member.setter() == null) {
                throw classValue.context.semantics().readOnlyProperty(name, classValue.className());
            }
            member.setter().call(new Object[] {this, value});
        } else {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(name, value);
        }
    }

    Object pythonAttribute(String name, RunContext context) {
        if (attributes != null && attributes.containsKey(name)) {
            return attributes.get(name);
        }
        Object inClass = classValue.classAttribute(name);
        if (inClass instanceof ClassMember member) {
            return member.fromInstance(this);
        }
        if (inClass instanceof LangFunction function && !(inClass instanceof ClassValue)) {
            return new BoundMethod(function, this);
        }
        return inClass;
    }

    @Override
    public Object member(String name, RunContext context) {
        if (classValue.code.isPython()) {
            return pythonAttribute(name, context);
        }
        int index = classValue.code.fieldIndex(name);
        if (index >= 0) {
            return fields[index];
        }
        FunctionCode method = classValue.code.method(name);
        if (method != null) {
            return bind(method, classValue.context);
        }
        return null;
    }

    /** A Scala method of this instance's class, or null. */
    FunctionCode method(String name) {
        return classValue.code.method(name);
    }

    @Override
    public Iterable<String> memberNames() {
        List<String> names = new ArrayList<>(classValue.code.fields);
        names.addAll(classValue.code.methods.keySet());
        names.addAll(attributes().keySet());
        names.addAll(classValue.attributes.keySet());
        return names;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!classValue.code.isCase() || !(other instanceof Instance that) || that.classValue.code != classValue.code) {
            return false;
        }
        return productElements().equals(that.productElements());
    }

    @Override
    public int hashCode() {
        return classValue.code.isCase()
                ? dev.streamlab.engine.hash.JvmHashes.productHash(productPrefix(), productElements().toArray())
                : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return classValue.context.semantics().str(this);
    }

    /** The program's ordering for this instance's class ({@link DialectSemantics#compareInstances}). */
    @Override
    public int compareTo(Object other) {
        return classValue.context.semantics().compareInstances(this, other);
    }
}
