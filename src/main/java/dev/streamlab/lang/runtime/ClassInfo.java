package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the resolver learns about a program class or object: its members and its global slot. */
final class ClassInfo {

    final Stmt.ClassDef definition;
    final List<String> fields = new ArrayList<>();
    final Map<String, Stmt.Def> methods = new LinkedHashMap<>();
    final Map<String, Symbol> members = new LinkedHashMap<>();
    final List<ClassInfo> parents = new ArrayList<>();
    int globalSlot;
    FunctionScope body;

    ClassInfo(Stmt.ClassDef definition) {
        this.definition = definition;
    }

    String name() {
        return definition.name();
    }

    boolean isObject() {
        return definition.kind() == dev.streamlab.lang.ast.ClassKind.OBJECT
                || definition.kind() == dev.streamlab.lang.ast.ClassKind.CASE_OBJECT;
    }

    int addField(String name) {
        int index = fields.indexOf(name);
        if (index < 0) {
            fields.add(name);
            index = fields.size() - 1;
        }
        return index;
    }
}
