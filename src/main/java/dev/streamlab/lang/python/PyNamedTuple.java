package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance of a {@code collections.namedtuple} class: a tuple (the dialect's operations see its {@link #values})
 * whose items are also attributes, printing as {@code Point(x=1, y=2)}.
 */
public final class PyNamedTuple implements Iterable<Object>, MemberHolder, PyPrintable, PyTyped {

    private final Type type;
    private final Tuple values;

    PyNamedTuple(Type type, Tuple values) {
        this.type = type;
        this.values = values;
    }

    public Tuple values() {
        return values;
    }

    /** The value seen as a plain tuple, for operations that treat a namedtuple as its tuple. */
    static Object asTuple(Object value) {
        return value instanceof PyNamedTuple named ? named.values : value;
    }

    @Override
    public Iterator<Object> iterator() {
        return Arrays.asList(values.toArray()).iterator();
    }

    @Override
    public Object member(String name, RunContext context) {
        int index = type.fields.indexOf(name);
        if (index >= 0) {
            return values.get(index);
        }
        return name.equals("_fields") ? type.fieldTuple() : null;
    }

    @Override
    public Iterable<String> memberNames() {
        List<String> names = new ArrayList<>(type.fields);
        names.addAll(List.of("_fields", "_replace", "_asdict", "count", "index"));
        return names;
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder(type.name).append('(');
        for (int i = 0; i < type.fields.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(type.fields.get(i)).append('=').append(PyRepr.repr(values.get(i)));
        }
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return type.name;
    }

    @Override
    public boolean equals(Object other) {
        return PyCompare.equal(values, asTuple(other));
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The class {@code namedtuple(name, fields)} made: calling it builds an instance. */
    public static final class Type extends LangFunction implements MemberHolder, PyPrintable, PyTyped {
        private final String name;
        private final List<String> fields;
        private final Map<String, Object> defaults;

        Type(String name, List<String> fields, Map<String, Object> defaults) {
            this.name = name;
            this.fields = fields;
            this.defaults = defaults;
        }

        Tuple fieldTuple() {
            return Tuple.of(fields.toArray());
        }

        boolean isTypeOf(Object value) {
            return value instanceof PyNamedTuple named && named.type == this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object call(Object[] args) {
            return callWithKeywords(args, new String[0], new Object[0]);
        }

        @Override
        public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
            if (positional.length > fields.size()) {
                throw PyErrors.typeError(name + ".__new__() takes " + (fields.size() + 1)
                        + " positional arguments but " + (positional.length + 1) + " were given");
            }
            Object[] items = new Object[fields.size()];
            boolean[] given = new boolean[items.length];
            for (int i = 0; i < positional.length; i++) {
                items[i] = positional[i];
                given[i] = true;
            }
            for (int k = 0; k < names.length; k++) {
                int index = fields.indexOf(names[k]);
                if (index < 0) {
                    throw PyErrors.typeError(name + ".__new__() got an unexpected keyword argument '" + names[k]
                            + "'");
                }
                if (given[index]) {
                    throw PyErrors.typeError(name + ".__new__() got multiple values for argument '" + names[k]
                            + "'");
                }
                items[index] = values[k];
                given[index] = true;
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                if (!given[i] && defaults.containsKey(fields.get(i))) {
                    items[i] = defaults.get(fields.get(i));
                } else if (!given[i]) {
                    missing.add("'" + fields.get(i) + "'");
                }
            }
            if (!missing.isEmpty()) {
                String list = missing.size() == 1 ? missing.get(0) : String.join(", ", missing.subList(0,
                        missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
                throw PyErrors.typeError(name + ".__new__() missing " + missing.size() + " required positional "
                        + "argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
            }
            return new PyNamedTuple(this, Tuple.of(items));
        }

        @Override
        public Object member(String memberName, RunContext context) {
            return switch (memberName) {
                case "_fields" -> fieldTuple();
                case "__match_args__" -> fieldTuple();
                case "_field_defaults" -> new LinkedHashMap<Object, Object>(defaults);
                case "_make" -> new PyNative("_make", c -> call(PySequences.toList(c.expect(1, 1)
                        .arg(0, "iterable")).toArray()));
                default -> null;
            };
        }

        @Override
        public Iterable<String> memberNames() {
            return List.of("_fields", "_field_defaults", "_make");
        }

        @Override
        public String pyTypeName() {
            return "type";
        }

        @Override
        public String pyRepr() {
            return "<class '__main__." + name + "'>";
        }
    }

    /** {@code namedtuple(typename, field_names, *, defaults=None)}: field names as a list or one string. */
    static Type define(PyCall c) {
        c.expect(2, 2, "defaults", "rename", "module");
        String name = c.strArg(c.arg(0, "typename"), "typename");
        Object spec = c.arg(1, "field_names");
        List<String> fields = new ArrayList<>();
        if (spec instanceof String text) {
            for (String field : text.replace(',', ' ').trim().split("\\s+")) {
                if (!field.isEmpty()) {
                    fields.add(field);
                }
            }
        } else {
            for (Object field : PySequences.toList(spec)) {
                fields.add(c.strArg(field, "field name"));
            }
        }
        for (String field : fields) {
            if (!field.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw PyErrors.valueError("Type names and field names must be valid identifiers: '" + field + "'");
            }
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        Object given = c.keyword("defaults", null);
        if (given != null) {
            List<Object> values = PySequences.toList(given);
            if (values.size() > fields.size()) {
                throw PyErrors.typeError("Got more default values than field names");
            }
            for (int i = 0; i < values.size(); i++) {
                defaults.put(fields.get(fields.size() - values.size() + i), values.get(i));
            }
        }
        return new Type(name, List.copyOf(fields), defaults);
    }

    static void install(HostRegistry registry) {
        registry.method(PyNamedTuple.class, "_asdict", HostRegistry.ANY_ARITY, new PyMethod("_asdict", (r, c) -> {
            c.expect(0, 0);
            PyNamedTuple self = (PyNamedTuple) r;
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < self.type.fields.size(); i++) {
                out.put(self.type.fields.get(i), self.values.get(i));
            }
            return out;
        }));
        registry.method(PyNamedTuple.class, "_replace", HostRegistry.ANY_ARITY, new PyMethod("_replace", (r, c) -> {
            c.expect(0, 0, c.keywords().keySet().toArray(new String[0]));
            PyNamedTuple self = (PyNamedTuple) r;
            Object[] items = self.values.toArray();
            for (Map.Entry<String, Object> change : c.keywords().entrySet()) {
                int index = self.type.fields.indexOf(change.getKey());
                if (index < 0) {
                    throw PyErrors.valueError("Got unexpected field names: ['" + change.getKey() + "']");
                }
                items[index] = change.getValue();
            }
            return new PyNamedTuple(self.type, Tuple.of(items));
        }));
        registry.method(PyNamedTuple.class, "count", HostRegistry.ANY_ARITY, new PyMethod("count", (r, c) -> {
            Object item = c.expect(1, 1).arg(0, "value");
            long count = 0;
            for (Object value : (PyNamedTuple) r) {
                count += PyCompare.equal(value, item) ? 1 : 0;
            }
            return count;
        }));
        registry.method(PyNamedTuple.class, "index", HostRegistry.ANY_ARITY, new PyMethod("index", (r, c) -> {
            Object item = c.expect(1, 1).arg(0, "value");
            Tuple values = ((PyNamedTuple) r).values;
            for (int i = 0; i < values.arity(); i++) {
                if (PyCompare.equal(values.get(i), item)) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        }));
    }
}
