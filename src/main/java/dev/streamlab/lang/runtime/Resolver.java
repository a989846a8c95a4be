package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ComprehensionClause;
import dev.streamlab.lang.ast.DictEntry;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.ImportedName;
import dev.streamlab.lang.ast.InterpolationPart;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds every name of a program once, before it runs: locals to frame slots, captured variables to closure cells,
 * module variables and top-level definitions to global slots, members of the enclosing class/object to
 * {@code this}, library names to constants. Scala names are lexically scoped by blocks (defs of a block and members
 * of an object are visible throughout it); Python names by function (bound anywhere → local). A Scala name that
 * nothing defines is an error here; a Python one becomes a NameError when read.
 */
final class Resolver implements Expr.Visitor<Void>, Stmt.Visitor<Void>, Pattern.Visitor<Void> {

    /** A lexical scope: a block, a function body, a class/object body, or the file. */
    private static final class Scope {
        final Scope parent;
        final FunctionScope function;
        final ClassInfo classBody;
        final boolean module;
        final Map<String, Symbol> names = new HashMap<>();

        Scope(Scope parent, FunctionScope function, ClassInfo classBody, boolean module) {
            this.parent = parent;
            this.function = function;
            this.classBody = classBody;
            this.module = module;
        }
    }

    private final Program program;
    private final HostRegistry registry;
    private final boolean python;
    private final Map<String, Object> predefined;

    final IdentityHashMap<Object, Symbol> symbols = new IdentityHashMap<>();
    final IdentityHashMap<Object, FunctionScope> functions = new IdentityHashMap<>();
    final IdentityHashMap<Stmt.ClassDef, ClassInfo> classes = new IdentityHashMap<>();
    final IdentityHashMap<Object, Object> importValues = new IdentityHashMap<>();
    final IdentityHashMap<Stmt.Import, Map<Symbol, Object>> wildcardImports = new IdentityHashMap<>();
    /** Scala imports from a program object ({@code import Orderings._}), with the object. */
    final IdentityHashMap<Stmt.Import, ClassInfo> objectImports = new IdentityHashMap<>();
    final IdentityHashMap<Object, List<Symbol>> blockLocals = new IdentityHashMap<>();
    final List<Symbol> globals = new ArrayList<>();
    /** The statements and expressions of generator bodies that hold a {@code yield} of their own function. */
    final Set<Object> holdingYield = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The statements and expressions being resolved, innermost last, each with the function it belongs to. */
    private final java.util.ArrayDeque<Object[]> enclosing = new java.util.ArrayDeque<>();
    final Map<Symbol, Object> globalValues = new HashMap<>();
    ClassInfo mainObject;

    private final Map<String, Symbol> libraryNames = new HashMap<>();
    private Scope scope;
    private FunctionScope function;
    /**
     * Python's {@code name := value}, parsed as a block of that one assignment whose result is the name: binds in
     * the function's scope, not a comprehension's.
     */
    private boolean enclosingFunctionScope;
    private boolean declaring;
    private Position firstGap;

    Resolver(Program program, HostRegistry registry, Map<String, Object> predefined) {
        this.program = program;
        this.registry = registry;
        this.python = program.language() == Language.PYTHON;
        this.predefined = predefined;
    }

    void resolve() {
        function = new FunctionScope(null, python ? "<module>" : "<top level>", new Position(1, 1), null, false);
        functions.put(program, function);
        scope = new Scope(null, function, null, true);
        predefined.forEach((name, value) -> {
            Symbol symbol = newGlobal(name, null);
            globalValues.put(symbol, value);
            scope.names.put(name, symbol);
        });
        if (python) {
            PythonBindings module = PythonBindings.of(program.statements());
            for (String name : module.bound) {
                scope.names.computeIfAbsent(name, n -> newGlobal(n, null));
            }
        } else {
            hoist(program.statements());
        }
        try {
            program.statements().forEach(this::statement);
        } catch (LangException e) {
            // A scaffold still holding its ... cannot be judged on a name it does not define yet: ask for the gap.
            if (firstGap != null) {
                throw new LangException("lang.name.placeholder", firstGap, firstGap.line());
            }
            throw e;
        }
    }

    // ---- helpers

    /**
     * Remembers what a node means. Symbols are keyed by node identity, so a tree that shares one node instance
     * between two places would silently compile the first place with the second's meaning: refuse it.
     */
    private void record(Object node, Symbol symbol) {
        Symbol previous = symbols.put(node, symbol);
        if (previous != null && previous != symbol) {
            throw new IllegalStateException("the parser shared one AST node between two places: " + node);
        }
    }

    private Symbol newGlobal(String name, Position where) {
        Symbol symbol = new Symbol(name, Symbol.Kind.GLOBAL, where);
        symbol.slot = globals.size();
        globals.add(symbol);
        return symbol;
    }

    private Scope moduleScope() {
        Scope s = scope;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    private void statement(Stmt stmt) {
        enclosing.push(new Object[] {stmt, function});
        try {
            stmt.accept(this);
        } finally {
            enclosing.pop();
        }
    }

    private void expr(Expr expr) {
        if (expr != null) {
            enclosing.push(new Object[] {expr, function});
            try {
                expr.accept(this);
            } finally {
                enclosing.pop();
            }
        }
    }

    private void pattern(Pattern pattern, boolean declare) {
        boolean saved = declaring;
        declaring = declare;
        pattern.accept(this);
        declaring = saved;
    }

    private void withScope(Scope inner, Runnable body) {
        Scope saved = scope;
        scope = inner;
        try {
            body.run();
        } finally {
            scope = saved;
        }
    }

    private void withFunction(FunctionScope inner, Scope innerScope, Runnable body) {
        FunctionScope saved = function;
        function = inner;
        try {
            withScope(innerScope, body);
        } finally {
            function = saved;
        }
    }

    /**
     * Scala: defs, classes and objects of a statement list are visible from its start (mutual recursion, use
     * before definition).
     */
    private void hoist(List<Stmt> statements) {
        for (Stmt stmt : statements) {
            if (stmt instanceof Stmt.Def def) {
                declareDef(def);
            } else if (stmt instanceof Stmt.ClassDef classDef) {
                declareClass(classDef);
            }
        }
    }

    private void declareDef(Stmt.Def def) {
        Symbol symbol;
        if (scope.classBody != null) {
            symbol = scope.classBody.members.get(def.name());
        } else if (scope.module) {
            symbol = newGlobal(def.name(), def.pos());
        } else {
            symbol = function.newLocal(def.name(), def.pos());
        }
        symbol.mutable = false;
        symbol.parameterless = def.params().isEmpty();
        scope.names.put(def.name(), symbol);
        record(def, symbol);
    }

    private void declareClass(Stmt.ClassDef classDef) {
        ClassInfo info = new ClassInfo(classDef);
        classes.put(classDef, info);
        Symbol symbol = newGlobalOfKind(classDef.name(),
                info.isObject() ? Symbol.Kind.OBJECT : Symbol.Kind.CLASS, classDef.pos());
        symbol.classInfo = info;
        symbol.mutable = false;
        info.globalSlot = symbol.slot;
        record(classDef, symbol);
        // A class and its companion object share a name: the name is the object, `new` reaches the class.
        Symbol existing = scope.names.get(classDef.name());
        if (existing != null && existing.kind == Symbol.Kind.CLASS && symbol.kind == Symbol.Kind.OBJECT) {
            symbol.companionClass = existing;
        } else if (existing != null && existing.kind == Symbol.Kind.OBJECT && symbol.kind == Symbol.Kind.CLASS) {
            existing.companionClass = symbol;
            return;
        }
        scope.names.put(classDef.name(), symbol);
        if (scope.classBody != null) {
            scope.classBody.members.put(classDef.name(), symbol);
        }
        if (mainObject == null && info.isObject() && (classDef.extendsApp() || hasMain(classDef))) {
            mainObject = info;
        }
    }

    private Symbol newGlobalOfKind(String name, Symbol.Kind kind, Position where) {
        Symbol symbol = new Symbol(name, kind, where);
        symbol.slot = globals.size();
        globals.add(symbol);
        return symbol;
    }

    private static boolean hasMain(Stmt.ClassDef classDef) {
        for (Stmt member : classDef.body()) {
            if (member instanceof Stmt.Def def && def.name().equals("main")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A scaffold's {@code ...} (Scala) stands where the student's code goes: it resolves to nothing and fails only if
     * evaluated, so a scaffold compiles and an instructor can check it parses.
     */
    static boolean isScaffoldGap(String name) {
        return name.equals("...");
    }

    /** The symbol a name refers to here, recording any capture it needs. */
    private Symbol lookup(String name, Position where) {
        if (name.equals("...")) {
            throw new LangException("lang.name.placeholder", where, where.line());
        }
        for (Scope s = scope; s != null; s = s.parent) {
            if (python && s.classBody != null && s != scope) {
                continue;
            }
            Symbol symbol = s.names.get(name);
            if (symbol != null) {
                if (symbol.kind == Symbol.Kind.LOCAL && symbol.owner != function) {
                    function.captureIndex(symbol);
                }
                return symbol;
            }
        }
        Symbol library = librarySymbol(name);
        if (library != null) {
            return library;
        }
        String suggestion = Suggestions.closest(name, visibleNames());
        if (python) {
            Symbol unresolved = new Symbol(name, Symbol.Kind.UNRESOLVED, where);
            unresolved.suggestion = suggestion;
            return unresolved;
        }
        throw new LangException(suggestion == null ? "lang.name.notFound" : "lang.name.notFoundSuggest", where, name,
                suggestion);
    }

    /** A library global, or in Scala a root package used by its full name ({@code scala.collection.mutable.Map}). */
    private Symbol librarySymbol(String name) {
        if (registry.hasGlobal(name)) {
            return libraryNames.computeIfAbsent(name, n -> valueSymbol(n, registry.globalValue(n)));
        }
        if (!python && registry.isPackage(name)) {
            return libraryNames.computeIfAbsent(name, n -> valueSymbol(n, registry.namespace(n)));
        }
        return null;
    }

    /** A symbol for a library value: a constant, or a global slot filled at run start when it is per-run. */
    private Symbol valueSymbol(String name, Object value) {
        if (value instanceof PerRun) {
            Symbol symbol = newGlobal(name, null);
            globalValues.put(symbol, value);
            symbol.mutable = false;
            return symbol;
        }
        Symbol symbol = new Symbol(name, Symbol.Kind.CONSTANT, null);
        symbol.constant = value;
        symbol.mutable = false;
        return symbol;
    }

    private Set<String> visibleNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Scope s = scope; s != null; s = s.parent) {
            names.addAll(s.names.keySet());
        }
        names.addAll(registry.globals().keySet());
        return names;
    }

    /** The symbol a binding occurrence of {@code name} writes. */
    private Symbol bind(String name, Position where) {
        if (python && !declaring) {
            Symbol existing = scope.names.get(name);
            if (existing == null) {
                for (Scope s = scope.parent; s != null && existing == null; s = s.parent) {
                    existing = s.names.get(name);
                }
            }
            if (existing == null) {
                Scope target = scope;
                while (enclosingFunctionScope && target.parent != null && target.parent.function == function) {
                    target = target.parent;
                }
                existing = target.function == function && target.module ? newGlobal(name, where)
                        : function.newLocal(name, where);
                target.names.put(name, existing);
            }
            if (existing.kind == Symbol.Kind.LOCAL && existing.owner != function) {
                function.captureIndex(existing);
            }
            return existing;
        }
        if (scope.classBody != null && scope.classBody.members.containsKey(name)) {
            return scope.classBody.members.get(name);
        }
        Symbol symbol = function.newLocal(name, where);
        scope.names.put(name, symbol);
        return symbol;
    }

    // ---- statements

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        expr(s.expr());
        return null;
    }

    @Override
    public Void visitValDef(Stmt.ValDef s) {
        expr(s.value());
        pattern(s.target(), true);
        markMutability(s.target(), s.mutable());
        return null;
    }

    private void markMutability(Pattern target, boolean mutable) {
        if (target instanceof Pattern.Bind b) {
            Symbol symbol = symbols.get(b);
            if (symbol != null) {
                symbol.mutable = mutable;
            }
        }
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        expr(s.value());
        s.targets().forEach(this::assignTarget);
        return null;
    }

    private void assignTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            Symbol symbol = python ? bind(n.name(), n.pos()) : lookup(n.name(), n.pos());
            if (!symbol.mutable && !python) {
                throw new LangException("lang.assign.val", n.pos(), n.name());
            }
            record(n, symbol);
        } else if (target instanceof Expr.TupleExpr t) {
            t.items().forEach(this::assignTarget);
        } else if (target instanceof Expr.ListExpr l) {
            l.items().forEach(this::assignTarget);
        } else if (target instanceof Expr.Starred st) {
            assignTarget(st.value());
        } else {
            expr(target);
        }
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr(s.value());
        s.moreValues().forEach(this::expr);
        if (s.target() instanceof Expr.Name n) {
            Symbol symbol = python ? bind(n.name(), n.pos()) : lookup(n.name(), n.pos());
            record(n, symbol);
        } else {
            expr(s.target());
        }
        return null;
    }

    @Override
    public Void visitDef(Stmt.Def s) {
        s.decorators().forEach(this::expr);
        Symbol own;
        if (python) {
            own = bind(s.name(), s.pos());
            record(s, own);
        } else if (!symbols.containsKey(s)) {
            declareDef(s);
        }
        ClassInfo selfClass = scope.classBody != null && !python ? scope.classBody : inheritedSelf();
        if (python) {
            for (Param p : s.params()) {
                expr(p.defaultValue());
            }
        }
        FunctionScope inner = new FunctionScope(function, s.name(), s.pos(), selfClass, true);
        functions.put(s, inner);
        Scope body = new Scope(scope, inner, null, false);
        withFunction(inner, body, () -> {
            params(s.params());
            if (python) {
                pythonLocals(s.body());
            }
            expr(s.body());
        });
        return null;
    }

    private ClassInfo inheritedSelf() {
        return function.selfClass;
    }

    private void params(List<Param> params) {
        for (Param p : params) {
            if (!python) {
                expr(p.defaultValue());
            }
            Symbol symbol = function.newLocal(p.name(), p.pos());
            scope.names.put(p.name(), symbol);
            record(p, symbol);
        }
    }

    private void pythonLocals(Expr body) {
        List<Stmt> suite = body instanceof Expr.Block b ? b.statements() : List.of();
        PythonBindings bindings = PythonBindings.of(suite);
        for (String name : bindings.bound) {
            if (!scope.names.containsKey(name)) {
                Symbol local = function.newLocal(name, null);
                local.assignedInBody = true;
                scope.names.put(name, local);
            }
        }
        for (String name : bindings.declaredGlobal) {
            Scope module = moduleScope();
            scope.names.put(name, module.names.computeIfAbsent(name, n -> newGlobal(n, null)));
        }
        for (String name : bindings.declaredNonlocal) {
            Symbol outer = null;
            for (Scope s = scope.parent; s != null && outer == null; s = s.parent) {
                if (!s.module && s.classBody == null) {
                    outer = s.names.get(name);
                }
            }
            if (outer == null) {
                throw new LangException("lang.python.nonlocal", null, name);
            }
            function.captureIndex(outer);
            scope.names.put(name, outer);
        }
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.condition());
        s.then().forEach(this::statement);
        s.otherwise().forEach(this::statement);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        expr(s.condition());
        if (python) {
            s.body().forEach(this::statement);
        } else {
            Scope inner = new Scope(scope, function, null, false);
            withScope(inner, () -> {
                hoist(s.body());
                s.body().forEach(this::statement);
            });
            blockLocals.put(s, List.copyOf(inner.names.values()));
        }
        s.orElse().forEach(this::statement);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.iterable());
        pattern(s.target(), !python);
        s.body().forEach(this::statement);
        s.orElse().forEach(this::statement);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr target : s.targets()) {
            if (target instanceof Expr.Name n) {
                record(n, bind(n.name(), n.pos()));
            } else {
                expr(target);
            }
        }
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        expr(s.condition());
        expr(s.message());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        if (!python && s.path().size() == 1) {
            Symbol owner = findQuietly(s.path().get(0));
            if (owner != null && owner.kind == Symbol.Kind.OBJECT) {
                objectImports.put(s, owner.classInfo);
                importObjectMembers(owner.classInfo, s);
                return null;
            }
        }
        String base = String.join(".", s.path());
        if (s.wildcard()) {
            checkImportable(base, s.pos(), true);
            Map<Symbol, Object> bindings = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, String> member : registry.membersOf(base).entrySet()) {
                if (s.names().stream().noneMatch(n -> n.name().equals(member.getKey()))) {
                    Symbol symbol = importName(member.getKey(), importedValue(member.getValue()), null, s.pos());
                    bindings.put(symbol, importedValue(member.getValue()));
                }
            }
            wildcardImports.put(s, bindings);
        }
        for (ImportedName name : s.names()) {
            String qualified = base + "." + name.name();
            checkImportable(qualified, name.pos(), false);
            if ("_".equals(name.alias())) {
                continue;
            }
            importName(name.boundName(), importedValue(qualified), name, name.pos());
        }
        return null;
    }

    /**
     * Scala {@code import Shapes._}, {@code import Circle.area}, {@code import Shapes.{square => sq}} from a program
     * object: each name reads the object's member, as {@code Shapes.square} would.
     */
    private void importObjectMembers(ClassInfo object, Stmt.Import s) {
        Map<String, Stmt> members = new java.util.LinkedHashMap<>();
        for (Stmt member : object.definition.body()) {
            if (member instanceof Stmt.Def def) {
                members.put(def.name(), def);
            } else if (member instanceof Stmt.ValDef val) {
                List<String> names = new ArrayList<>();
                collectNames(val.target(), names);
                names.forEach(n -> members.put(n, val));
            }
        }
        if (s.wildcard()) {
            members.forEach((name, member) -> {
                if (s.names().stream().noneMatch(n -> n.name().equals(name))) {
                    scope.names.put(name, objectMember(object, name, member));
                }
            });
        }
        for (ImportedName name : s.names()) {
            Stmt member = members.get(name.name());
            if (member == null) {
                throw new LangException("lang.import.unknown", name.pos(), object.name() + "." + name.name());
            }
            if (!"_".equals(name.alias())) {
                Symbol symbol = objectMember(object, name.name(), member);
                scope.names.put(name.boundName(), symbol);
                record(name, symbol);
            }
        }
    }

    private static Symbol objectMember(ClassInfo object, String name, Stmt member) {
        Symbol symbol = new Symbol(name, Symbol.Kind.MEMBER, member.pos());
        symbol.classInfo = object;
        symbol.slot = -1;
        symbol.mutable = member instanceof Stmt.ValDef val && val.mutable();
        symbol.parameterless = member instanceof Stmt.Def def && def.params().isEmpty();
        return symbol;
    }

    private Symbol importName(String boundName, Object value, Object node, Position where) {
        if (python) {
            Symbol symbol = bind(boundName, where);
            if (node != null) {
                record(node, symbol);
                importValues.put(node, value);
            }
            return symbol;
        }
        Symbol symbol = valueSymbol(boundName, value);
        scope.names.put(boundName, symbol);
        if (node != null) {
            record(node, symbol);
        }
        return symbol;
    }

    private Object importedValue(String qualified) {
        return registry.isImportable(qualified) ? registry.importableValue(qualified) : registry.namespace(qualified);
    }

    private void checkImportable(String qualified, Position where, boolean packageOnly) {
        String reason = registry.unavailableReason(qualified);
        if (reason != null) {
            throw new LangException(reason, where, qualified);
        }
        boolean known = packageOnly ? registry.isPackage(qualified)
                : registry.isImportable(qualified) || registry.isPackage(qualified);
        if (known) {
            return;
        }
        int dot = qualified.lastIndexOf('.');
        String parent = dot < 0 ? "" : qualified.substring(0, dot);
        String last = qualified.substring(dot + 1);
        String suggestion = registry.isPackage(parent)
                ? Suggestions.closest(last, registry.membersOf(parent).keySet()) : null;
        if (suggestion != null) {
            throw new LangException("lang.import.unknownSuggest", where, qualified, parent + "." + suggestion);
        }
        throw new LangException("lang.import.unknown", where, qualified);
    }

    @Override
    public Void visitImportModule(Stmt.ImportModule s) {
        String qualified = String.join(".", s.path());
        checkImportable(qualified, s.pos(), false);
        if (s.alias() != null) {
            importName(s.alias(), importedValue(qualified), s, s.pos());
        } else {
            importName(s.path().get(0), importedValue(s.path().get(0)), s, s.pos());
        }
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        s.decorators().forEach(this::expr);
        s.parents().forEach(this::expr);
        if (python) {
            return pythonClass(s);
        }
        if (!classes.containsKey(s)) {
            declareClass(s);
        }
        ClassInfo info = classes.get(s);
        for (Expr parent : s.parents()) {
            Expr parentName = parent instanceof Expr.Call c ? c.callee() : parent;
            if (parentName instanceof Expr.Name n) {
                Symbol symbol = symbols.get(n);
                if (symbol != null && symbol.classInfo != null) {
                    info.parents.add(symbol.classInfo);
                }
            }
        }
        FunctionScope body = new FunctionScope(function, s.name(), s.pos(), info, true);
        info.body = body;
        functions.put(s, body);
        Scope members = new Scope(scope, body, info, false);
        for (ClassInfo parent : info.parents) {
            parent.members.forEach(members.names::putIfAbsent);
        }
        withFunction(body, members, () -> {
            for (Param p : s.params()) {
                expr(p.defaultValue());
                Symbol param = function.newLocal(p.name(), p.pos());
                record(p, param);
                members.names.put(p.name(), memberField(info, p.name(), p.pos()));
            }
            if (s.extendsApp()) {
                members.names.put("args", memberField(info, "args", s.pos()));
            }
            for (Stmt member : s.body()) {
                declareMember(info, members, member);
            }
            hoistClasses(s.body());
            s.body().forEach(this::statement);
        });
        return null;
    }

    private void hoistClasses(List<Stmt> body) {
        for (Stmt stmt : body) {
            if (stmt instanceof Stmt.ClassDef classDef && !classes.containsKey(classDef)) {
                declareClass(classDef);
            }
        }
    }

    private Symbol memberField(ClassInfo info, String name, Position where) {
        Symbol symbol = new Symbol(name, Symbol.Kind.MEMBER, where);
        symbol.classInfo = info;
        symbol.slot = info.addField(name);
        info.members.put(name, symbol);
        return symbol;
    }

    private void declareMember(ClassInfo info, Scope members, Stmt member) {
        if (member instanceof Stmt.ValDef val) {
            for (String name : boundNames(val.target())) {
                Symbol field = memberField(info, name, val.pos());
                field.mutable = val.mutable();
                members.names.put(name, field);
            }
        } else if (member instanceof Stmt.Def def) {
            Symbol method = new Symbol(def.name(), Symbol.Kind.MEMBER, def.pos());
            method.classInfo = info;
            method.slot = -1;
            method.mutable = false;
            method.parameterless = def.params().isEmpty();
            info.methods.put(def.name(), def);
            info.members.put(def.name(), method);
            members.names.put(def.name(), method);
            record(def, method);
        }
    }

    private static List<String> boundNames(Pattern pattern) {
        List<String> names = new ArrayList<>();
        collectNames(pattern, names);
        return names;
    }

    private static void collectNames(Pattern pattern, List<String> names) {
        if (pattern instanceof Pattern.Bind b) {
            names.add(b.name());
        } else if (pattern instanceof Pattern.As a) {
            names.add(a.name());
            collectNames(a.inner(), names);
        } else if (pattern instanceof Pattern.TuplePattern t) {
            t.items().forEach(p -> collectNames(p, names));
        } else if (pattern instanceof Pattern.Extractor e) {
            e.args().forEach(p -> collectNames(p, names));
        } else if (pattern instanceof Pattern.Typed t) {
            collectNames(t.inner(), names);
        } else if (pattern instanceof Pattern.Rest r && r.name() != null) {
            names.add(r.name());
        }
    }

    private Void pythonClass(Stmt.ClassDef s) {
        Symbol own = bind(s.name(), s.pos());
        record(s, own);
        ClassInfo info = new ClassInfo(s);
        classes.put(s, info);
        FunctionScope body = new FunctionScope(function, s.name(), s.pos(), null, false);
        info.body = body;
        functions.put(s, body);
        Scope classScope = new Scope(scope, body, info, false);
        withFunction(body, classScope, () -> {
            for (String name : PythonBindings.of(s.body()).bound) {
                classScope.names.put(name, function.newLocal(name, null));
            }
            s.body().forEach(this::statement);
        });
        return null;
    }

    @Override
    public Void visitPackage(Stmt.Package s) {
        return null;
    }

    // ---- expressions

    @Override
    public Void visitLiteral(Expr.Literal e) {
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (isScaffoldGap(e.name())) {
            if (firstGap == null) {
                firstGap = e.pos();
            }
            return null;
        }
        record(e, lookup(e.name(), e.pos()));
        return null;
    }

    @Override
    public Void visitThis(Expr.This e) {
        if (function.selfClass == null) {
            throw new LangException("lang.this.outside", e.pos());
        }
        return null;
    }

    @Override
    public Void visitSelect(Expr.Select e) {
        expr(e.receiver());
        return null;
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall e) {
        if (e.name().equals("isInstanceOf") && e.typeArgs().size() == 1) {
            String typeName = e.typeArgs().get(0);
            int bracket = typeName.indexOf('[');
            Symbol type = findQuietly(bracket < 0 ? typeName : typeName.substring(0, bracket));
            if (type != null) {
                record(e, type);
            }
        }
        expr(e.receiver());
        args(e.args());
        return null;
    }

    private void args(List<Arg> args) {
        for (Arg arg : args) {
            expr(arg.value());
        }
    }

    @Override
    public Void visitCall(Expr.Call e) {
        expr(e.callee());
        args(e.args());
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index e) {
        expr(e.target());
        expr(e.index());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        expr(e.lower());
        expr(e.upper());
        expr(e.step());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitCompareChain(Expr.CompareChain e) {
        e.operands().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitLogical(Expr.Logical e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitIf(Expr.If e) {
        expr(e.condition());
        expr(e.then());
        expr(e.otherwise());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        if (python) {
            for (Param p : e.params()) {
                expr(p.defaultValue());
            }
        }
        FunctionScope inner = new FunctionScope(function, "<lambda>", e.pos(), function.selfClass, false);
        functions.put(e, inner);
        withFunction(inner, new Scope(scope, inner, null, false), () -> {
            params(e.params());
            expr(e.body());
        });
        return null;
    }

    @Override
    public Void visitCaseLambda(Expr.CaseLambda e) {
        FunctionScope inner = new FunctionScope(function, "<lambda>", e.pos(), function.selfClass, false);
        functions.put(e, inner);
        withFunction(inner, new Scope(scope, inner, null, false), () -> {
            inner.slotCount++;
            cases(e.cases());
        });
        return null;
    }

    private void cases(List<MatchCase> cases) {
        for (MatchCase c : cases) {
            withScope(python ? scope : new Scope(scope, function, null, false), () -> {
                pattern(c.pattern(), !python);
                expr(c.guard());
                expr(c.body());
            });
        }
    }

    @Override
    public Void visitTuple(Expr.TupleExpr e) {
        e.items().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitList(Expr.ListExpr e) {
        e.items().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitSet(Expr.SetExpr e) {
        e.items().forEach(this::expr);
        return null;
    }

    @Override
    public Void visitDict(Expr.DictExpr e) {
        for (DictEntry entry : e.entries()) {
            expr(entry.key());
            expr(entry.value());
        }
        return null;
    }

    @Override
    public Void visitComprehension(Expr.Comprehension e) {
        Scope saved = scope;
        try {
            for (ComprehensionClause clause : e.clauses()) {
                if (clause instanceof ComprehensionClause.For f) {
                    expr(f.iterable());
                    scope = new Scope(scope, function, null, false);
                    pattern(f.target(), true);
                } else if (clause instanceof ComprehensionClause.If i) {
                    expr(i.condition());
                }
            }
            expr(e.element());
            expr(e.value());
        } finally {
            scope = saved;
        }
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        expr(e.value());
        return null;
    }

    @Override
    public Void visitBlock(Expr.Block e) {
        if (python && e.result() instanceof Expr.Name && e.statements().size() == 1
                && e.statements().get(0) instanceof Stmt.Assign walrus) {
            expr(walrus.value());
            enclosingFunctionScope = true;
            try {
                walrus.targets().forEach(this::assignTarget);
            } finally {
                enclosingFunctionScope = false;
            }
            expr(e.result());
            return null;
        }
        if (python) {
            e.statements().forEach(this::statement);
            expr(e.result());
            return null;
        }
        Scope inner = new Scope(scope, function, null, false);
        withScope(inner, () -> {
            hoist(e.statements());
            e.statements().forEach(this::statement);
            expr(e.result());
        });
        blockLocals.put(e, List.copyOf(inner.names.values()));
        return null;
    }

    @Override
    public Void visitNew(Expr.New e) {
        String[] path = e.className().split("\\.");
        Symbol symbol = lookup(path[0], e.pos());
        if (path.length == 1 && symbol.companionClass != null) {
            symbol = symbol.companionClass;
        }
        record(e, symbol);
        args(e.args());
        return null;
    }

    @Override
    public Void visitMatch(Expr.Match e) {
        expr(e.scrutinee());
        cases(e.cases());
        return null;
    }

    @Override
    public Void visitTry(Expr.Try e) {
        expr(e.body());
        cases(e.handlers());
        expr(e.orElse());
        expr(e.finallyBody());
        return null;
    }

    @Override
    public Void visitThrow(Expr.Throw e) {
        expr(e.exception());
        expr(e.cause());
        return null;
    }

    @Override
    public Void visitInterpolation(Expr.Interpolation e) {
        for (InterpolationPart part : e.parts()) {
            if (part instanceof InterpolationPart.Hole hole) {
                expr(hole.value());
            }
        }
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        function.generator = true;
        for (Object[] node : enclosing) {
            if (node[1] != function) {
                break;
            }
            holdingYield.add(node[0]);
        }
        expr(e.value());
        return null;
    }

    @Override
    public Void visitMethodValue(Expr.MethodValue e) {
        expr(e.method());
        return null;
    }

    // ---- patterns

    @Override
    public Void visitWildcard(Pattern.Wildcard p) {
        return null;
    }

    @Override
    public Void visitBind(Pattern.Bind p) {
        record(p, bind(p.name(), p.pos()));
        return null;
    }

    @Override
    public Void visitValue(Pattern.Value p) {
        expr(p.value());
        return null;
    }

    @Override
    public Void visitTuple(Pattern.TuplePattern p) {
        p.items().forEach(item -> item.accept(this));
        return null;
    }

    @Override
    public Void visitExtractor(Pattern.Extractor p) {
        if (!PythonPatterns.isClassPattern(p)) {
            p.args().forEach(arg -> arg.accept(this));
            return null;
        }
        String first = p.name().split("\\.")[0];
        record(p, lookup(first, p.pos()));
        p.args().forEach(arg -> arg.accept(this));
        return null;
    }

    @Override
    public Void visitRest(Pattern.Rest p) {
        if (p.name() != null) {
            record(p, bind(p.name(), p.pos()));
        }
        return null;
    }

    @Override
    public Void visitTyped(Pattern.Typed p) {
        String typeName = p.typeName();
        int bracket = typeName.indexOf('[');
        String bare = bracket < 0 ? typeName : typeName.substring(0, bracket);
        String first = bare.split("\\.")[0];
        Symbol symbol = findQuietly(first);
        if (symbol != null) {
            record(p, symbol);
        }
        p.inner().accept(this);
        return null;
    }

    private Symbol findQuietly(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Symbol symbol = s.names.get(name);
            if (symbol != null && symbol.kind != Symbol.Kind.LOCAL) {
                return symbol;
            }
        }
        return librarySymbol(name);
    }

    @Override
    public Void visitAlternatives(Pattern.Alternatives p) {
        p.alternatives().forEach(a -> a.accept(this));
        return null;
    }

    @Override
    public Void visitAs(Pattern.As p) {
        record(p, bind(p.name(), p.pos()));
        p.inner().accept(this);
        return null;
    }
}
