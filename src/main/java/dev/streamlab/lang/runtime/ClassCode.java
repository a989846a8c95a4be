package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.ClassKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of a program class, case class, trait or object (and of a Python class body): field layout,
 * methods (own and inherited), the constructor that fills the fields and runs the body. Shared by all runs.
 */
final class ClassCode {

    final String name;
    final ClassKind kind;
    final List<String> fields;
    final int constructorParams;
    final Map<String, FunctionCode> methods = new LinkedHashMap<>();
    final List<ClassCode> parents;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    FunctionCode constructor;
    /** The run-global slot holding this class's {@link ClassValue}. */
    int globalSlot = -1;
    /** Python: class-body variables (name → slot of the body's frame) that become class attributes. */
    Map<String, Integer> attributeSlots = Map.of();

    ClassCode(String name, ClassKind kind, List<String> fields, int constructorParams, List<ClassCode> parents) {
        this.name = name;
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.constructorParams = constructorParams;
        this.parents = List.copyOf(parents);
        for (int i = 0; i < this.fields.size(); i++) {
            fieldIndex.put(this.fields.get(i), i);
        }
    }

    int fieldIndex(String field) {
        Integer index = fieldIndex.get(field);
        return index == null ? -1 : index;
    }

    FunctionCode method(String methodName) {
        FunctionCode own = methods.get(methodName);
        if (own != null) {
            return own;
        }
        for (ClassCode parent : parents) {
            FunctionCode inherited = parent.method(methodName);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    boolean isSubclassOf(ClassCode other) {
        if (this == other) {
            return true;
        }
        for (ClassCode parent : parents) {
            if (parent.isSubclassOf(other)) {
                return true;
            }
        }
        return false;
    }

    boolean isCase() {
        return kind == ClassKind.CASE_CLASS || kind == ClassKind.CASE_OBJECT;
    }

    boolean isObject() {
        return kind == ClassKind.OBJECT || kind == ClassKind.CASE_OBJECT;
    }

    boolean isPython() {
        return kind == ClassKind.PYTHON_CLASS;
    }
}
