package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataclasses} module. The parser writes a dataclass's methods into its body (see
 * {@code parse.DataclassMethods}), so {@code dataclass} itself only hands the class back; {@code asdict} and
 * {@code astuple} read the field names the generated body records.
 */
final class PyDataclasses {

    /** The default of a field with a {@code default_factory}, which no caller can pass. */
    enum Missing implements PyPrintable, PyTyped {
        INSTANCE;

        @Override
        public String pyRepr() {
            return "<dataclasses._MISSING_TYPE object>";
        }

        @Override
        public String pyTypeName() {
            return "_MISSING_TYPE";
        }
    }

    private PyDataclasses() {
    }

    private static Tuple fieldsOf(Object value) {
        Object classInfo = value instanceof Instance instance ? instance.classValue() : value;
        return classInfo instanceof ClassValue cls && cls.classAttribute("__dataclass_fields__") instanceof Tuple t
                ? t : null;
    }

    private static Object convert(Object value, boolean toDict) {
        Tuple fields = value instanceof Instance ? fieldsOf(value) : null;
        if (fields != null) {
            Instance instance = (Instance) value;
            Map<Object, Object> dict = new LinkedHashMap<>();
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < fields.arity(); i++) {
                Object field = convert(instance.member((String) fields.get(i), null), toDict);
                dict.put(fields.get(i), field);
                items.add(field);
            }
            return toDict ? dict : Tuple.of(items.toArray());
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(convert(item, toDict)));
            return out;
        }
        if (value instanceof Tuple tuple) {
            Object[] out = tuple.toArray();
            for (int i = 0; i < out.length; i++) {
                out[i] = convert(out[i], toDict);
            }
            return Tuple.of(out);
        }
        if (value instanceof Map<?, ?> map && !(value instanceof PyCounter) && !(value instanceof DefaultDict)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(convert(k, toDict), convert(v, toDict)));
            return out;
        }
        return value;
    }

    private static Object instanceArgument(PyCall c, String function) {
        Object value = c.expect(1, 1).arg(0, "obj");
        if (!(value instanceof Instance) || fieldsOf(value) == null) {
            throw PyErrors.typeError(function + "() should be called on dataclass instances");
        }
        return value;
    }

    static void install(HostRegistry registry) {
        registry.global("__dataclass_missing__", Missing.INSTANCE);
        registry.global("__dataclass_frozen_error__", PyErrors.FROZEN_INSTANCE_ERROR);
        PyNative identity = new PyNative("dataclass", c -> c.expect(1, 1).arg(0, "cls"));
        new PyModules.Module(registry, "dataclasses")
                .function("dataclass", c -> c.count() == 0 ? identity : c.expect(1, 1).arg(0, "cls"))
                .function("field", c -> c.keyword("default", null))
                .function("asdict", c -> convert(instanceArgument(c, "asdict"), true))
                .function("astuple", c -> convert(instanceArgument(c, "astuple"), false))
                .function("is_dataclass", c -> fieldsOf(c.expect(1, 1).arg(0, "obj")) != null)
                .value("FrozenInstanceError", PyErrors.FROZEN_INSTANCE_ERROR)
                .register();
    }
}
