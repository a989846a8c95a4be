package dev.streamlab.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program class within one run: calling it constructs an instance (Scala case class {@code Word("a", 1)}, Python
 * {@code C(x)}), and it extracts in patterns. Python class attributes live here, per run.
 */
public final class ClassValue extends LangFunction implements MemberHolder {

    final ClassCode code;
    final RunContext context;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final List<ClassValue> bases = new ArrayList<>();
    private List<ClassValue> mro;
    /**
     * The enclosing def's variables a local Scala class uses, as of the latest run of its definition; each instance
     * keeps the cells current when it was made.
     */
    Cell[] captured = Closure.NO_CELLS;

    ClassValue(ClassCode code, RunContext context) {
        this.code = code;
        this.context = context;
    }

    /** The run this class belongs to. */
    public RunContext context() {
        return context;
    }

    public String className() {
        return code.name;
    }

    public boolean isCaseClass() {
        return code.isCase();
    }

    public boolean isObject() {
        return code.isObject();
    }

    public boolean isPython() {
        return code.isPython();
    }

    @Override
    public String name() {
        return code.name;
    }

    @Override
    public Object call(Object[] args) {
        return construct(args, new String[0], new Object[0]);
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        return construct(positional, names, values);
    }

    Instance construct(Object[] args, String[] names, Object[] values) {
        Instance instance = new Instance(this);
        if (code.isPython()) {
            Object init = instance.pythonAttribute("__init__", context);
            if (init instanceof LangFunction initializer) {
                initializer.callWithKeywords(args, names, values);
            } else if (args.length > 0) {
                throw context.semantics().argumentMismatch(code.name, "takes no arguments");
            }
            return instance;
        }
        Closure constructor = new Closure(code.constructor, instance.captured, instance, context, null, null);
        constructor.callWithKeywords(args, names, values);
        return instance;
    }

    /** Scala objects are created on first use: the body runs then, with the object already visible. */
    Instance initializeObject(Object[] globals, int slot) {
        Instance instance = new Instance(this);
        globals[slot] = instance;
        new Closure(code.constructor, instance.captured, instance, context, null, null).call(new Object[0]);
        return instance;
    }

    /** Python {@code C.name = value}: sets a class attribute. */
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Whether this class is {@code other} or derives from it (Scala parents, Python bases). */
    public boolean isSubclassOf(ClassValue other) {
        if (this == other || code.isSubclassOf(other.code)) {
            return true;
        }
        for (ClassValue base : bases) {
            if (base.isSubclassOf(other)) {
                return true;
            }
        }
        return false;
    }

    /** Python attribute lookup along the method resolution order; null when absent. */
    public Object classAttribute(String name) {
        for (ClassValue owner : mro()) {
            if (owner.attributes.containsKey(name)) {
                return owner.attributes.get(name);
            }
        }
        return null;
    }

    /** Python's method resolution order, CPython's C3 linearization: this class first, then its bases'. */
    public List<ClassValue> mro() {
        if (mro == null) {
            List<List<ClassValue>> sequences = new ArrayList<>();
            for (ClassValue base : bases) {
                sequences.add(new ArrayList<>(base.mro()));
            }
            sequences.add(new ArrayList<>(bases));
            List<ClassValue> order = new ArrayList<>();
            order.add(this);
            mro = merge(order, sequences);
        }
        return mro;
    }

    private List<ClassValue> merge(List<ClassValue> order, List<List<ClassValue>> sequences) {
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return order;
            }
            ClassValue next = null;
            for (List<ClassValue> sequence : sequences) {
                ClassValue head = sequence.get(0);
                if (sequences.stream().noneMatch(other -> other.indexOf(head) > 0)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw context.semantics().argumentMismatch(code.name, "Cannot create a consistent method "
                        + "resolution order (MRO) for bases");
            }
            order.add(next);
            for (List<ClassValue> sequence : sequences) {
                sequence.remove(next);
            }
        }
    }

    /** The parts a constructor pattern {@code Word(w, n)} binds, or null if the value is not of this class. */
    Object[] unapply(Object value) {
        if (value instanceof Instance instance && instance.classValue().isSubclassOf(this)) {
            Object[] parts = new Object[code.constructorParams];
            System.arraycopy(instance.fields, 0, parts, 0, parts.length);
            return parts;
        }
        return null;
    }

    @Override
    public Object member(String name, RunContext runContext) {
        if (code.isPython()) {
            Object attribute = classAttribute(name);
            return attribute instanceof ClassMember member ? member.fromClass(this) : attribute;
        }
        return null;
    }

    @Override
    public Iterable<String> memberNames() {
        return attributes.keySet();
    }

    @Override
    public String toString() {
        return code.isPython() ? "<class '__main__." + code.name + "'>" : code.name;
    }
}
