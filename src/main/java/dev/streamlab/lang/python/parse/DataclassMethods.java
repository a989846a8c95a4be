package dev.streamlab.lang.python.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import java.util.List;
import java.util.Set;

/**
 * What {@code @dataclass} adds to a class, written as Python source that the parser reads back into the class body
 * (CPython's dataclasses module generates source text too): {@code __init__} (a {@code default_factory} runs per
 * instance; a default is the class attribute), {@code __repr__}, {@code __eq__}, with {@code order=True} the four
 * orderings, {@code __match_args__}, and the field names in {@value #FIELDS}; a frozen one refuses assignments
 * after {@code __init__} (which stores through {@code object.__setattr__}) with FrozenInstanceError. A method the class defines itself is kept, as CPython keeps it.
 */
final class DataclassMethods {

    /** The default of a field whose default comes from a factory, told apart from any value a caller passes. */
    static final String MISSING = "__dataclass_missing__";
    static final String FACTORY_PREFIX = "_dataclass_factory_";
    /** dataclasses.FrozenInstanceError, as the generated {@code __setattr__} of a frozen dataclass names it. */
    static final String FROZEN_ERROR = "__dataclass_frozen_error__";
    /** The class attribute naming a dataclass's fields in order (dataclasses.asdict reads it). */
    static final String FIELDS = "__dataclass_fields__";

    /** A field: {@code defaultSource} is the expression of its default (null: required). */
    record Field(String name, String defaultSource, boolean factory) {
    }

    record Options(boolean init, boolean repr, boolean eq, boolean order, boolean frozen) {

        static final Options DEFAULTS = new Options(true, true, true, false, false);

        /** The options of {@code @dataclass(...)}: keyword arguments with literal booleans. */
        static Options of(List<Arg> args) {
            boolean init = true;
            boolean repr = true;
            boolean eq = true;
            boolean order = false;
            boolean frozen = false;
            for (Arg arg : args) {
                boolean value = arg.value() instanceof Expr.Literal literal && literal.kind() == LiteralKind.BOOLEAN
                        && Boolean.TRUE.equals(literal.value());
                switch (arg.keyword() == null ? "" : arg.keyword()) {
                    case "init" -> init = value;
                    case "repr" -> repr = value;
                    case "eq" -> eq = value;
                    case "order" -> order = value;
                    case "frozen" -> frozen = value;
                    default -> {
                    }
                }
            }
            return new Options(init, repr, eq, order, frozen);
        }
    }

    private DataclassMethods() {
    }

    /** The first field without a default that follows one with a default, or null (CPython's TypeError). */
    static String misplacedRequired(List<Field> fields) {
        boolean defaulted = false;
        for (Field field : fields) {
            boolean hasDefault = field.defaultSource() != null || field.factory();
            if (!hasDefault && defaulted) {
                return field.name();
            }
            defaulted |= hasDefault;
        }
        return null;
    }

    static String source(List<Field> fields, Options options, Set<String> defined) {
        StringBuilder out = new StringBuilder();
        StringBuilder names = new StringBuilder("(");
        for (Field field : fields) {
            names.append('\'').append(field.name()).append("', ");
        }
        names.append(")\n");
        out.append(FIELDS).append(" = ").append(names);
        if (!defined.contains("__match_args__")) {
            out.append("__match_args__ = ").append(names);
        }
        if (options.init() && !defined.contains("__init__")) {
            init(out, fields, defined.contains("__post_init__"), options.frozen());
        }
        if (options.frozen()) {
            out.append("def __setattr__(self, name, value):\n    raise ").append(FROZEN_ERROR)
                    .append("('cannot assign to field ' + repr(name))\n");
        }
        if (options.repr() && !defined.contains("__repr__")) {
            out.append("def __repr__(self):\n    return type(self).__name__ + '(");
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).name();
                out.append(i == 0 ? "" : ", ' + '").append(name).append("=' + repr(self.").append(name)
                        .append(") + '");
            }
            out.append(")'\n");
        }
        if (options.eq() && !defined.contains("__eq__")) {
            comparison(out, "__eq__", "==", fields);
        }
        if (options.order()) {
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                if (!defined.contains(op[0])) {
                    comparison(out, op[0], op[1], fields);
                }
            }
        }
        return out.toString();
    }

    private static void init(StringBuilder out, List<Field> fields, boolean postInit, boolean frozen) {
        out.append("def __init__(self");
        for (Field field : fields) {
            out.append(", ").append(field.name());
            if (field.factory()) {
                out.append('=').append(MISSING);
            } else if (field.defaultSource() != null) {
                out.append('=').append(field.defaultSource());
            }
        }
        out.append("):\n");
        for (Field field : fields) {
            String value = field.factory() ? "type(self)." + FACTORY_PREFIX + field.name() + "() if " + field.name()
                    + " is " + MISSING + " else " + field.name() : field.name();
            if (frozen) {
                out.append("    super().__setattr__('").append(field.name()).append("', ").append(value).append(")\n");
            } else {
                out.append("    self.").append(field.name()).append(" = ").append(value).append('\n');
            }
        }
        if (postInit) {
            out.append("    self.__post_init__()\n");
        }
        out.append("    pass\n");
    }

    private static void comparison(StringBuilder out, String method, String operator, List<Field> fields) {
        out.append("def ").append(method).append("(self, other):\n")
                .append("    if type(other) is not type(self):\n        return NotImplemented\n")
                .append("    return ").append(tuple("self", fields)).append(' ').append(operator).append(' ')
                .append(tuple("other", fields)).append('\n');
    }

    private static String tuple(String owner, List<Field> fields) {
        StringBuilder out = new StringBuilder("(");
        for (Field field : fields) {
            out.append(owner).append('.').append(field.name()).append(", ");
        }
        return out.append(')').toString();
    }
}
