package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.ComprehensionClause;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.ImportedName;
import dev.streamlab.lang.ast.InterpolationPart;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a resolved program into executable nodes, once: every name becomes a slot access, every operator the
 * dialect's chosen operation, every def a {@link FunctionCode}. Scala defs of a block are defined before its other
 * statements run (they may call each other); Scala classes and objects live in global slots filled when the run
 * starts.
 */
final class Compiler implements Expr.Visitor<CodeNode>, Stmt.Visitor<CodeNode>, Pattern.Visitor<PatternNode> {

    private final Program program;
    private final Resolver resolver;
    private final DialectSemantics semantics;
    private final HostRegistry registry;
    private final boolean python;
    private final Object unit;
    private final IdentityHashMap<ClassInfo, ClassCode> classCodes = new IdentityHashMap<>();
    private FunctionScope current;
    /** Python methods: the class each is defined in and its first parameter, for a zero-argument super(). */
    private final IdentityHashMap<FunctionScope, ClassCode> methodClasses = new IdentityHashMap<>();
    private final IdentityHashMap<FunctionScope, Param> methodSelves = new IdentityHashMap<>();
    private boolean declaring;
    /** Compiling the patterns of a Python match statement, whose sequence patterns do not unpack. */
    private boolean matchStatement;

    Compiler(Program program, Resolver resolver, DialectSemantics semantics, HostRegistry registry) {
        this.program = program;
        this.resolver = resolver;
        this.semantics = semantics;
        this.registry = registry;
        this.python = program.language() == Language.PYTHON;
        this.unit = semantics.unit();
    }

    CompiledProgram compile() {
        FunctionScope top = resolver.functions.get(program);
        current = top;
        CodeNode body = block(program.statements(), constant(program.statements().isEmpty() ? new Position(1, 1)
                : program.statements().get(0).pos(), unit), new Position(1, 1), null);
        if (!python) {
            for (ClassInfo info : resolver.classes.values()) {
                classCode(info);
            }
        }
        Object[] initial = new Object[resolver.globals.size()];
        for (Symbol symbol : resolver.globals) {
            Object value;
            if (symbol.classInfo != null && !python) {
                value = classCode(symbol.classInfo);
            } else if (resolver.globalValues.containsKey(symbol)) {
                value = resolver.globalValues.get(symbol);
            } else {
                value = python ? VariableNodes.UNSET : null;
            }
            initial[symbol.slot] = value;
        }
        ClassCode main = resolver.mainObject == null ? null : classCode(resolver.mainObject);
        int mainSlot = resolver.mainObject == null ? -1 : resolver.mainObject.globalSlot;
        return new CompiledProgram(program, semantics, registry, body, top.slotCount, cellSlots(top, List.of()),
                initial, main, mainSlot);
    }

    // ---- helpers

    private CodeNode compile(Expr expr) {
        return expr.accept(this);
    }

    private CodeNode compileOrUnit(Expr expr, Position pos) {
        return expr == null ? constant(pos, unit) : compile(expr);
    }

    private CodeNode statement(Stmt stmt) {
        return stmt.accept(this);
    }

    private PatternNode pattern(Pattern p, boolean declare) {
        boolean saved = declaring;
        declaring = declare;
        try {
            return p.accept(this);
        } finally {
            declaring = saved;
        }
    }

    private static CodeNode constant(Position pos, Object value) {
        return new VariableNodes.Constant(pos, value);
    }

    private Symbol symbolOf(Object node) {
        Symbol symbol = resolver.symbols.get(node);
        if (symbol == null) {
            throw new IllegalStateException("unresolved node " + node);
        }
        return symbol;
    }

    private CodeNode sequence(Position pos, List<CodeNode> nodes, CodeNode result) {
        if (nodes.isEmpty()) {
            return result;
        }
        return new ControlNodes.Sequence(pos, nodes.toArray(new CodeNode[0]), result);
    }

    private CodeNode suite(List<Stmt> statements, Position pos) {
        return block(statements, constant(pos, unit), pos, null);
    }

    /** New cells for a block's captured variables. */
    private static final class FreshCells extends CodeNode {
        private final int[] slots;
        private final Object unit;

        FreshCells(Position pos, int[] slots, Object unit) {
            super(pos);
            this.slots = slots;
            this.unit = unit;
        }

        @Override
        Object eval(Frame frame) {
            for (int slot : slots) {
                frame.slots[slot] = new Cell(null);
            }
            return unit;
        }
    }

    /**
     * Statements then a result. In Scala the block's captured variables get fresh cells each time the block runs
     * (each loop iteration's closures see their own), and the block's defs are defined first, capturing those cells.
     */
    private CodeNode block(List<Stmt> statements, CodeNode result, Position pos, Object node) {
        List<CodeNode> nodes = new ArrayList<>();
        if (!python && node != null) {
            List<Integer> fresh = new ArrayList<>();
            for (Symbol local : resolver.blockLocals.getOrDefault(node, List.of())) {
                if (local.kind == Symbol.Kind.LOCAL && local.owner == current && local.captured) {
                    fresh.add(local.slot);
                }
            }
            if (!fresh.isEmpty()) {
                nodes.add(new FreshCells(pos, fresh.stream().mapToInt(Integer::intValue).toArray(), unit));
            }
        }
        if (!python) {
            for (Stmt stmt : statements) {
                if (stmt instanceof Stmt.Def def && symbolOf(def).kind != Symbol.Kind.MEMBER) {
                    nodes.add(defineFunction(def));
                } else if (stmt instanceof Stmt.ClassDef classDef) {
                    CodeNode capture = scalaClass(classDef);
                    if (capture != null) {
                        nodes.add(capture);
                    }
                }
            }
        }
        for (Stmt stmt : statements) {
            if (!python && (stmt instanceof Stmt.Def || stmt instanceof Stmt.ClassDef)) {
                continue;
            }
            nodes.add(statement(stmt));
        }
        return sequence(pos, nodes, result);
    }

    private boolean selfIs(ClassInfo info) {
        return current.selfClass != null && inherits(current.selfClass, info);
    }

    private static boolean inherits(ClassInfo type, ClassInfo ancestor) {
        if (type == ancestor) {
            return true;
        }
        for (ClassInfo parent : type.parents) {
            if (inherits(parent, ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** A name's value; in Scala a parameterless def named bare is called. */
    private CodeNode read(Symbol symbol, Position pos) {
        if (symbol.parameterless && !python) {
            if (symbol.kind == Symbol.Kind.MEMBER && selfIs(symbol.classInfo)) {
                return new CallNodes.InvokeSelfMethod(pos, symbol.name, args(List.of()), semantics);
            }
            return new CallNodes.CallValue(pos, readValue(symbol, pos), args(List.of()), semantics);
        }
        return readValue(symbol, pos);
    }

    private CodeNode readValue(Symbol symbol, Position pos) {
        return switch (symbol.kind) {
            case LOCAL -> {
                if (symbol.owner == current) {
                    if (symbol.captured) {
                        yield new VariableNodes.ReadLocalCell(pos, symbol.slot);
                    }
                    yield python && mayBeUnassigned(symbol)
                            ? new VariableNodes.ReadLocalChecked(pos, symbol.slot, symbol.name, semantics)
                            : new VariableNodes.ReadLocal(pos, symbol.slot);
                }
                yield new VariableNodes.ReadCaptured(pos, current.captures.indexOf(symbol));
            }
            case GLOBAL -> {
                if (python && !resolver.globalValues.containsKey(symbol)) {
                    Object builtin = registry.globalValue(symbol.name);
                    yield new VariableNodes.ReadGlobalChecked(pos, symbol.slot, symbol.name,
                            builtin instanceof PerRun ? null : builtin, semantics);
                }
                yield new VariableNodes.ReadGlobal(pos, symbol.slot);
            }
            case CLASS -> new VariableNodes.ReadGlobal(pos, symbol.slot);
            case OBJECT -> new VariableNodes.ReadObject(pos, symbol.slot);
            case MEMBER -> readMember(symbol, pos);
            case CONSTANT -> symbol.constant instanceof RaisesOnRead raises ? new RaiseNode(pos, raises)
                    : constant(pos, symbol.constant);
            case UNRESOLVED -> new VariableNodes.Unresolved(pos, symbol.name, symbol.suggestion, semantics);
        };
    }

    private CodeNode readMember(Symbol symbol, Position pos) {
        boolean field = symbol.slot >= 0;
        if (selfIs(symbol.classInfo)) {
            return field ? new VariableNodes.ReadSelfField(pos, symbol.name)
                    : new VariableNodes.SelfMethodValue(pos, symbol.name);
        }
        if (symbol.classInfo.isObject()) {
            return new VariableNodes.ReadObjectMember(pos, new VariableNodes.ReadObject(pos,
                    symbol.classInfo.globalSlot), symbol.name);
        }
        throw new LangException("lang.member.outside", pos, symbol.name, symbol.classInfo.name());
    }

    private VariableNodes.Store store(Symbol symbol, boolean declare, Position pos) {
        return switch (symbol.kind) {
            case LOCAL -> {
                if (symbol.owner != current) {
                    yield new VariableNodes.StoreCaptured(current.captures.indexOf(symbol));
                }
                if (!symbol.captured) {
                    yield new VariableNodes.StoreLocal(symbol.slot);
                }
                yield declare && !python ? new VariableNodes.StoreNewCell(symbol.slot)
                        : new VariableNodes.StoreCell(symbol.slot);
            }
            case GLOBAL -> new VariableNodes.StoreGlobal(symbol.slot);
            case MEMBER -> {
                if (selfIs(symbol.classInfo)) {
                    yield new VariableNodes.StoreSelfField(symbol.name);
                }
                if (symbol.classInfo.isObject()) {
                    yield new VariableNodes.StoreObjectField(new VariableNodes.ReadObject(pos,
                            symbol.classInfo.globalSlot), symbol.name);
                }
                throw new LangException("lang.member.outside", pos, symbol.name, symbol.classInfo.name());
            }
            default -> throw new LangException("lang.assign.val", pos, symbol.name);
        };
    }

    /** A Python def's plain local that only an assignment in its body creates (parameters always hold a value). */
    private boolean mayBeUnassigned(Symbol local) {
        return local.assignedInBody && !local.captured;
    }

    private int[] cellSlots(FunctionScope scope, List<Param> params) {
        List<Integer> slots = new ArrayList<>();
        for (Symbol local : scope.locals) {
            boolean isParam = false;
            for (Param p : params) {
                isParam |= resolver.symbols.get(p) == local;
            }
            if (local.captured && !isParam) {
                slots.add(local.slot);
            }
        }
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Compiles a def, lambda or constructor body into its FunctionCode. */
    private FunctionCode function(Object node, String name, Position pos, List<Param> params, Expr body,
            boolean packs) {
        FunctionScope scope = resolver.functions.get(node);
        FunctionScope saved = current;
        current = scope;
        try {
            FunctionCode code = newFunctionCode(scope, name, pos, params, packs);
            if (node instanceof Stmt.Def def && def.returnType() != null) {
                code.resultCoercion = semantics.coercion(def.returnType());
            }
            if (scope.generator && body != null) {
                code.resumable = resumable(body);
            } else {
                code.body = body == null ? constant(pos, unit) : compile(body);
            }
            return code;
        } finally {
            current = saved;
        }
    }

    private FunctionCode newFunctionCode(FunctionScope scope, String name, Position pos, List<Param> params,
            boolean packs) {
        String[] names = new String[params.size()];
        ParamKind[] kinds = new ParamKind[params.size()];
        int[] slots = new int[params.size()];
        boolean[] cells = new boolean[params.size()];
        CodeNode[] defaults = new CodeNode[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            Symbol symbol = symbolOf(p);
            names[i] = p.name();
            kinds[i] = p.kind();
            slots[i] = symbol.slot;
            cells[i] = symbol.captured;
            if (!python && p.defaultValue() != null) {
                defaults[i] = compile(p.defaultValue());
            }
        }
        FunctionCode code = new FunctionCode(name, new CodeSite(name, pos), semantics, scope.slotCount, names, kinds,
                slots, cells, cellSlots(scope, params), scope.isDef, packs);
        if (python) {
            code.unassignedSlots = scope.locals.stream().filter(this::mayBeUnassigned).mapToInt(l -> l.slot)
                    .toArray();
        }
        code.defaults = defaults;
        UnaryOperation[] coercions = new UnaryOperation[params.size()];
        boolean any = false;
        for (int i = 0; i < coercions.length; i++) {
            String declared = params.get(i).declaredType();
            coercions[i] = declared == null || kinds[i] != ParamKind.REGULAR ? null : semantics.coercion(declared);
            any |= coercions[i] != null;
        }
        code.coercions = any ? coercions : null;
        return code;
    }

    private CodeNode closure(FunctionCode code, FunctionScope scope, List<Param> params, Position pos) {
        int[] slots = new int[scope.captures.size()];
        boolean[] fromLocal = new boolean[slots.length];
        for (int i = 0; i < slots.length; i++) {
            Symbol captured = scope.captures.get(i);
            fromLocal[i] = captured.owner == current;
            slots[i] = fromLocal[i] ? captured.slot : current.captures.indexOf(captured);
        }
        CodeNode[] defaults = null;
        if (python) {
            defaults = new CodeNode[params.size()];
            for (int i = 0; i < defaults.length; i++) {
                Expr d = params.get(i).defaultValue();
                defaults[i] = d == null ? null : compile(d);
            }
        }
        return new CallNodes.MakeClosure(pos, code, slots, fromLocal, defaults);
    }

    private CodeNode defineFunction(Stmt.Def def) {
        FunctionCode code = function(def, def.name(), def.pos(), def.params(), def.body(), false);
        CodeNode value = closure(code, resolver.functions.get(def), def.params(), def.pos());
        for (int i = def.decorators().size() - 1; i >= 0; i--) {
            Expr decorator = def.decorators().get(i);
            value = new CallNodes.CallValue(decorator.pos(), compile(decorator),
                    new ArgList(new CodeNode[] {value}, new ArgKind[] {ArgKind.POSITIONAL}, new String[1]), semantics);
        }
        return new ControlNodes.Assign(def.pos(), value,
                new PatternNode[] {new PatternNodes.Bind(store(symbolOf(def), false, def.pos()))}, unit);
    }

    private ArgList args(List<Arg> args) {
        return args(args, null);
    }

    /**
     * Arguments where {@code byName} marks the positions to pass as thunks (a library callee takes them by name);
     * only plain positional argument lists are passed so.
     */
    private ArgList args(List<Arg> args, boolean[] byName) {
        boolean lazy = byName != null && !python && byName.length == args.size()
                && args.stream().allMatch(a -> a.kind() == ArgKind.POSITIONAL);
        if (lazy) {
            CodeNode[] values = new CodeNode[args.size()];
            ArgKind[] kinds = new ArgKind[args.size()];
            for (int i = 0; i < values.length; i++) {
                CodeNode value = compile(args.get(i).value());
                values[i] = byName[i] ? new Thunk.Make(args.get(i).pos(), value) : value;
                kinds[i] = ArgKind.POSITIONAL;
            }
            return new ArgList(values, kinds, new String[values.length], byName);
        }
        CodeNode[] values = new CodeNode[args.size()];
        ArgKind[] kinds = new ArgKind[args.size()];
        String[] keywords = new String[args.size()];
        for (int i = 0; i < values.length; i++) {
            Arg arg = args.get(i);
            values[i] = compile(arg.value());
            kinds[i] = arg.kind();
            keywords[i] = arg.keyword();
        }
        return new ArgList(values, kinds, keywords);
    }

    /** Which arguments a library function known at compile time takes by name ({@code Try(expr)}), or null. */
    private static boolean[] byNameOf(CodeNode callee, int arity) {
        if (!(callee instanceof VariableNodes.Constant c && c.value instanceof LangFunction function)) {
            return null;
        }
        boolean[] byName = new boolean[arity];
        boolean any = false;
        for (int i = 0; i < arity; i++) {
            byName[i] = function.takesByName(i);
            any |= byName[i];
        }
        return any ? byName : null;
    }

    /** A library value known at compile time ({@code math}, {@code System.out}): its members are fixed too. */
    private static Object staticMember(CodeNode receiver, String name) {
        if (receiver instanceof VariableNodes.Constant c && c.value instanceof HostObject holder) {
            Object member = holder.registeredMember(name);
            if (member != null && !(member instanceof PerRun)) {
                return member;
            }
        }
        return null;
    }

    // ---- classes

    ClassCode classCode(ClassInfo info) {
        ClassCode existing = classCodes.get(info);
        if (existing != null) {
            return existing;
        }
        Stmt.ClassDef def = info.definition;
        List<ClassCode> parents = new ArrayList<>();
        for (ClassInfo parent : info.parents) {
            parents.add(classCode(parent));
        }
        ClassCode code = new ClassCode(def.name(), def.kind(), info.fields, def.params().size(), parents);
        classCodes.put(info, code);
        code.globalSlot = info.globalSlot;
        for (Stmt.Def method : info.methods.values()) {
            FunctionCode methodCode = function(method, method.name(), method.pos(), method.params(), method.body(),
                    false);
            if (!info.body.captures.isEmpty()) {
                List<Symbol> uses = resolver.functions.get(method).captures;
                methodCode.declaringClass = code;
                methodCode.classCells = uses.stream().mapToInt(info.body.captures::indexOf).toArray();
            }
            code.methods.put(method.name(), methodCode);
        }
        FunctionScope saved = current;
        current = info.body;
        try {
            FunctionCode constructor = newFunctionCode(info.body, def.name(), def.pos(), def.params(), false);
            List<CodeNode> nodes = new ArrayList<>();
            for (Param p : def.params()) {
                nodes.add(new ControlNodes.Assign(p.pos(), read(symbolOf(p), p.pos()),
                        new PatternNode[] {new PatternNodes.Bind(new VariableNodes.StoreSelfField(p.name()))}, unit));
            }
            if (def.extendsApp()) {
                nodes.add(new ControlNodes.Assign(def.pos(), new VariableNodes.ProgramArguments(def.pos()),
                        new PatternNode[] {new PatternNodes.Bind(new VariableNodes.StoreSelfField("args"))}, unit));
            }
            nodes.add(block(def.body(), constant(def.pos(), unit), def.pos(), null));
            constructor.body = sequence(def.pos(), nodes, constant(def.pos(), unit));
            code.constructor = constructor;
        } finally {
            current = saved;
        }
        return code;
    }

    // ---- statements

    @Override
    public CodeNode visitExprStmt(Stmt.ExprStmt s) {
        return compile(s.expr());
    }

    @Override
    public CodeNode visitValDef(Stmt.ValDef s) {
        CodeNode value = compile(s.value());
        UnaryOperation coercion = s.declaredType() == null ? null : semantics.coercion(s.declaredType());
        if (coercion != null) {
            value = new OperatorNodes.Unary(s.pos(), value, coercion, semantics);
        }
        PatternNode target = pattern(s.target(), false);
        if (s.target() instanceof Pattern.Bind bind) {
            symbolOf(bind).coercion = coercion;
            return new ControlNodes.Assign(s.pos(), value, new PatternNode[] {target}, unit);
        }
        return new ControlNodes.Destructure(s.pos(), value, target, unit);
    }

    @Override
    public CodeNode visitAssign(Stmt.Assign s) {
        CodeNode value = compile(s.value());
        if (s.targets().size() == 1 && s.targets().get(0) instanceof Expr.Name n && symbolOf(n).coercion != null) {
            value = new OperatorNodes.Unary(s.pos(), value, symbolOf(n).coercion, semantics);
        }
        PatternNode[] targets = new PatternNode[s.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(s.targets().get(i));
        }
        return new ControlNodes.Assign(s.pos(), value, targets, unit);
    }

    private PatternNode target(Expr target) {
        if (target instanceof Expr.Name n) {
            return new PatternNodes.Bind(store(symbolOf(n), false, n.pos()));
        }
        if (target instanceof Expr.TupleExpr t) {
            return new PatternNodes.TuplePattern(targets(t.items()), true);
        }
        if (target instanceof Expr.ListExpr l) {
            return new PatternNodes.TuplePattern(targets(l.items()), true);
        }
        if (target instanceof Expr.Starred st && st.value() instanceof Expr.Name n) {
            return new PatternNodes.Rest(store(symbolOf(n), false, n.pos()), python);
        }
        if (target instanceof Expr.Index i) {
            return new DataNodes.IndexTarget(compile(i.target()), compile(i.index()));
        }
        if (target instanceof Expr.Select sel) {
            return new DataNodes.AttributeTarget(compile(sel.receiver()), sel.name());
        }
        if (target instanceof Expr.Call c) {
            return new DataNodes.UpdateTarget(compile(c.callee()), args(c.args()));
        }
        throw new LangException("lang.assign.target", target.pos());
    }

    private PatternNode[] targets(List<Expr> items) {
        PatternNode[] out = new PatternNode[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = target(items.get(i));
        }
        return out;
    }

    @Override
    public CodeNode visitAugAssign(Stmt.AugAssign s) {
        BinaryOperation operation = semantics.augmented(s.op());
        List<Expr> operands = new ArrayList<>();
        operands.add(s.value());
        operands.addAll(s.moreValues());
        CodeNode[] values = compileAll(operands);
        String inPlace = python ? null : s.op().symbol() + "=";
        Expr target = s.target();
        if (target instanceof Expr.Name n) {
            Symbol symbol = symbolOf(n);
            return AugAssignNode.variable(s.pos(), read(symbol, n.pos()), store(symbol, false, n.pos()), values,
                    operation, inPlace, registry, semantics);
        }
        if (target instanceof Expr.Index i) {
            return AugAssignNode.index(s.pos(), compile(i.target()), compile(i.index()), values[0], operation,
                    semantics);
        }
        if (target instanceof Expr.Select sel) {
            return AugAssignNode.attribute(s.pos(), compile(sel.receiver()), sel.name(), values, operation, inPlace,
                    registry, semantics);
        }
        if (target instanceof Expr.Call c) {
            return AugAssignNode.update(s.pos(), compile(c.callee()), args(c.args()), values, operation, inPlace,
                    registry, semantics);
        }
        throw new LangException("lang.assign.target", target.pos());
    }

    @Override
    public CodeNode visitDef(Stmt.Def s) {
        if (symbolOf(s).kind == Symbol.Kind.MEMBER) {
            return constant(s.pos(), unit);
        }
        return defineFunction(s);
    }

    @Override
    public CodeNode visitReturn(Stmt.Return s) {
        return new ControlNodes.Return(s.pos(), compileOrUnit(s.value(), s.pos()));
    }

    @Override
    public CodeNode visitIf(Stmt.If s) {
        return new OperatorNodes.Conditional(s.pos(), compile(s.condition()), suite(s.then(), s.pos()),
                suite(s.otherwise(), s.pos()), semantics);
    }

    private CodeSite site(Position pos) {
        return new CodeSite(current.name, pos);
    }

    @Override
    public CodeNode visitWhile(Stmt.While s) {
        return new ControlNodes.While(s.pos(), compile(s.condition()), block(s.body(), constant(s.pos(), unit),
                s.pos(), s),
                suite(s.orElse(), s.pos()), s.testFirst(), site(s.pos()), semantics);
    }

    @Override
    public CodeNode visitFor(Stmt.For s) {
        CodeNode iterable = compile(s.iterable());
        PatternNode target = pattern(s.target(), !python);
        return new ControlNodes.For(s.pos(), target, iterable, suite(s.body(), s.pos()), suite(s.orElse(), s.pos()),
                site(s.pos()), semantics);
    }

    @Override
    public CodeNode visitBreak(Stmt.Break s) {
        return new ControlNodes.Break(s.pos());
    }

    @Override
    public CodeNode visitContinue(Stmt.Continue s) {
        return new ControlNodes.Continue(s.pos());
    }

    @Override
    public CodeNode visitPass(Stmt.Pass s) {
        return constant(s.pos(), unit);
    }

    @Override
    public CodeNode visitGlobal(Stmt.Global s) {
        return constant(s.pos(), unit);
    }

    @Override
    public CodeNode visitDelete(Stmt.Delete s) {
        List<CodeNode> nodes = new ArrayList<>();
        for (Expr target : s.targets()) {
            if (target instanceof Expr.Name n) {
                Symbol symbol = symbolOf(n);
                Object cleared = symbol.kind == Symbol.Kind.GLOBAL ? VariableNodes.UNSET : null;
                nodes.add(new ControlNodes.Assign(n.pos(), constant(n.pos(), cleared),
                        new PatternNode[] {new PatternNodes.Bind(store(symbol, false, n.pos()))}, unit));
            } else if (target instanceof Expr.Index i) {
                nodes.add(new DeleteIndex(i.pos(), compile(i.target()), compile(i.index()), semantics));
            } else {
                throw new LangException("lang.assign.target", target.pos());
            }
        }
        return sequence(s.pos(), nodes, constant(s.pos(), unit));
    }

    /** A type named in {@code x.isInstanceOf[T]}: library types and exception classes. */
    private TypeTest namedTypeTest(String typeName, Position pos) {
        int bracket = typeName.indexOf('[');
        String bare = bracket < 0 ? typeName : typeName.substring(0, bracket);
        TypeTest test = valueTypeTest(registry.globalValue(bare));
        if (test == null) {
            test = valueTypeTest(registry.importableValue(bare));
        }
        if (test == null) {
            test = registry.typeTest(bare);
        }
        if (test == null) {
            test = semantics.typeTest(bare);
        }
        if (test == null) {
            throw new LangException("lang.type.notFound", pos, typeName);
        }
        return test;
    }

    /** {@code x.isInstanceOf[T]}. */
    private static final class TypeCheck extends CodeNode {
        private final CodeNode value;
        private final PatternNode check;

        TypeCheck(Position pos, CodeNode value, PatternNode check) {
            super(pos);
            this.value = value;
            this.check = check;
        }

        @Override
        Object eval(Frame frame) {
            return check.match(value.eval(frame), frame);
        }
    }

    /** Reading a name that throws ({@code ???}). */
    private static final class RaiseNode extends CodeNode {
        private final RaisesOnRead raises;

        RaiseNode(Position pos, RaisesOnRead raises) {
            super(pos);
            this.raises = raises;
        }

        @Override
        Object eval(Frame frame) {
            throw raises.raise().at(pos);
        }
    }

    /** Python {@code del a[i]}. */
    private static final class DeleteIndex extends CodeNode {
        private final CodeNode target;
        private final CodeNode index;
        private final DialectSemantics semantics;

        DeleteIndex(Position pos, CodeNode target, CodeNode index, DialectSemantics semantics) {
            super(pos);
            this.target = target;
            this.index = index;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            try {
                semantics.deleteIndex(target.eval(frame), index.eval(frame));
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
            return semantics.unit();
        }
    }

    @Override
    public CodeNode visitAssert(Stmt.Assert s) {
        Object type = registry.globalValue("AssertionError");
        ErrorType assertionError = type instanceof ErrorType t ? t : new ErrorType("AssertionError", null);
        return new ControlNodes.Assert(s.pos(), compile(s.condition()),
                s.message() == null ? null : compile(s.message()), assertionError, semantics);
    }

    @Override
    public CodeNode visitImport(Stmt.Import s) {
        ClassInfo object = resolver.objectImports.get(s);
        if (object != null && hasSetUpCalls(object)) {
            return new VariableNodes.ReadObject(s.pos(), object.globalSlot);
        }
        if (!python) {
            return constant(s.pos(), unit);
        }
        List<CodeNode> nodes = new ArrayList<>();
        Map<Symbol, Object> wildcard = resolver.wildcardImports.get(s);
        if (wildcard != null) {
            wildcard.forEach((symbol, value) -> nodes.add(bindConstant(symbol, value, s.pos())));
        }
        for (ImportedName name : s.names()) {
            if (resolver.symbols.containsKey(name)) {
                nodes.add(bindConstant(symbolOf(name), resolver.importValues.get(name), name.pos()));
            }
        }
        return sequence(s.pos(), nodes, constant(s.pos(), unit));
    }

    /**
     * Whether a Scala object's body makes calls the dialect's parser added (their names hold a {@code $}), such as
     * registering an {@code implicit val} ordering: importing the object runs its body first, so that what scalac
     * finds in scope at compile time is in place when the importing code runs.
     */
    private static boolean hasSetUpCalls(ClassInfo object) {
        for (Stmt member : object.definition.body()) {
            if (member instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Call c
                    && c.callee() instanceof Expr.Name n && n.name().contains("$")) {
                return true;
            }
        }
        return false;
    }

    private CodeNode bindConstant(Symbol symbol, Object value, Position pos) {
        return new ControlNodes.Assign(pos, new ImportedValue(pos, value),
                new PatternNode[] {new PatternNodes.Bind(store(symbol, false, pos))}, unit);
    }

    /** An imported library value, resolved for the run if it is per-run. */
    private static final class ImportedValue extends CodeNode {
        private final Object value;

        ImportedValue(Position pos, Object value) {
            super(pos);
            this.value = value;
        }

        @Override
        Object eval(Frame frame) {
            return value instanceof PerRun perRun ? perRun.resolve(frame.context) : value;
        }
    }

    @Override
    public CodeNode visitImportModule(Stmt.ImportModule s) {
        if (!python) {
            return constant(s.pos(), unit);
        }
        return bindConstant(symbolOf(s), resolver.importValues.get(s), s.pos());
    }

    /**
     * A Scala class definition: compiled once; when the class uses variables of the def it is local to, the node that
     * hands it their cells each time the definition runs (null otherwise).
     */
    private CodeNode scalaClass(Stmt.ClassDef s) {
        ClassInfo info = resolver.classes.get(s);
        classCode(info);
        List<Symbol> captures = info.body.captures;
        if (captures.isEmpty()) {
            return null;
        }
        int[] slots = new int[captures.size()];
        boolean[] fromLocal = new boolean[slots.length];
        for (int i = 0; i < slots.length; i++) {
            fromLocal[i] = captures.get(i).owner == current;
            slots[i] = fromLocal[i] ? captures.get(i).slot : current.captures.indexOf(captures.get(i));
        }
        return new CallNodes.CaptureClassCells(s.pos(), info.globalSlot, slots, fromLocal);
    }

    @Override
    public CodeNode visitClassDef(Stmt.ClassDef s) {
        ClassInfo info = resolver.classes.get(s);
        if (!python) {
            CodeNode capture = scalaClass(s);
            return capture == null ? constant(s.pos(), unit) : capture;
        }
        ClassCode code = new ClassCode(s.name(), ClassKind.PYTHON_CLASS, List.of(), 0, List.of());
        for (Stmt stmt : s.body()) {
            if (stmt instanceof Stmt.Def method && !method.params().isEmpty()) {
                methodClasses.put(resolver.functions.get(method), code);
                methodSelves.put(resolver.functions.get(method), method.params().get(0));
            }
        }
        FunctionScope body = info.body;
        FunctionCode bodyCode = function(s, s.name(), s.pos(), List.of(), null, false);
        FunctionScope saved = current;
        current = body;
        try {
            bodyCode.body = suite(s.body(), s.pos());
        } finally {
            current = saved;
        }
        Map<String, Integer> slots = new java.util.LinkedHashMap<>();
        for (Symbol local : body.locals) {
            slots.put(local.name, local.slot);
        }
        code.attributeSlots = slots;
        code.constructor = bodyCode;
        CodeNode[] bases = new CodeNode[s.parents().size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = compile(s.parents().get(i));
        }
        CodeNode define = new PythonClassNode(s.pos(), code, closure(bodyCode, body, List.of(), s.pos()), bases);
        return new ControlNodes.Assign(s.pos(), define,
                new PatternNode[] {new PatternNodes.Bind(store(symbolOf(s), false, s.pos()))}, unit);
    }

    @Override
    public CodeNode visitPackage(Stmt.Package s) {
        return constant(s.pos(), unit);
    }

    // ---- expressions

    @Override
    public CodeNode visitLiteral(Expr.Literal e) {
        return constant(e.pos(), semantics.literal(e.kind(), e.value()));
    }

    @Override
    public CodeNode visitName(Expr.Name e) {
        if (Resolver.isScaffoldGap(e.name())) {
            return new VariableNodes.ScaffoldGap(e.pos());
        }
        return read(symbolOf(e), e.pos());
    }

    @Override
    public CodeNode visitThis(Expr.This e) {
        return new VariableNodes.ReadSelf(e.pos());
    }

    @Override
    public CodeNode visitSelect(Expr.Select e) {
        if (Resolver.isScaffoldGap(e.name())) {
            return new VariableNodes.ScaffoldGap(e.pos());
        }
        CodeNode receiver = compile(e.receiver());
        Object member = staticMember(receiver, e.name());
        if (member != null) {
            if (member instanceof LangFunction function && function.arity() == 0
                    && semantics.selectCallsParameterless()) {
                return new CallNodes.CallValue(e.pos(), constant(e.pos(), member), args(List.of()), semantics);
            }
            return constant(e.pos(), member);
        }
        return new CallNodes.Select(e.pos(), receiver, e.name(), semantics, registry);
    }

    @Override
    public CodeNode visitMethodCall(Expr.MethodCall e) {
        CodeNode receiver = compile(e.receiver());
        if (e.typeArgs().size() == 1 && e.args().isEmpty()) {
            if (e.name().equals("isInstanceOf")) {
                Symbol type = resolver.symbols.get(e);
                PatternNode check = type != null && type.kind == Symbol.Kind.CLASS
                        ? new PatternNodes.DynamicTyped(read(type, e.pos()), new PatternNodes.Wildcard())
                        : new PatternNodes.Typed(namedTypeTest(e.typeArgs().get(0), e.pos()),
                                new PatternNodes.Wildcard());
                return new TypeCheck(e.pos(), receiver, check);
            }
            if (e.name().equals("asInstanceOf")) {
                return receiver;
            }
        }
        Object member = staticMember(receiver, e.name());
        if (member != null) {
            CodeNode callee = constant(e.pos(), member);
            return new CallNodes.CallValue(e.pos(), callee, args(e.args(), byNameOf(callee, e.args().size())),
                    semantics);
        }
        return new CallNodes.InvokeMethod(e.pos(), receiver, e.name(),
                args(e.args(), registry.byNamePositions(e.name(), 0, e.args().size())), semantics, registry);
    }

    @Override
    public CodeNode visitCall(Expr.Call e) {
        if (e.callee() instanceof Expr.Name n) {
            Symbol symbol = symbolOf(n);
            if (python && n.name().equals("super") && symbol.kind == Symbol.Kind.CONSTANT && e.args().isEmpty()) {
                return zeroArgumentSuper(e.pos());
            }
            if (n.name().equals("classOf") && symbol.kind == Symbol.Kind.CONSTANT && e.typeArgs().size() == 1
                    && e.args().isEmpty()) {
                String type = e.typeArgs().get(0);
                return constant(e.pos(), new HostObject(type).printedAs("class " + type));
            }
            if (symbol.kind == Symbol.Kind.MEMBER && symbol.slot < 0 && selfIs(symbol.classInfo)) {
                return new CallNodes.InvokeSelfMethod(e.pos(), n.name(), args(e.args()), semantics);
            }
            if (symbol.kind == Symbol.Kind.OBJECT && symbol.companionClass != null
                    && symbol.companionClass.classInfo.definition.kind() == ClassKind.CASE_CLASS
                    && !symbol.classInfo.methods.containsKey("apply")) {
                // scalac adds apply to a case class's companion object that does not define one
                return new CallNodes.CallValue(e.pos(), readValue(symbol.companionClass, n.pos()), args(e.args()),
                        semantics);
            }
        }
        if (!python && e.callee() instanceof Expr.MethodCall inner && inner.typeArgs().isEmpty()) {
            return new CallNodes.CurriedMethodCall(e.pos(), compile(inner.receiver()), inner.name(),
                    args(inner.args(), registry.byNamePositions(inner.name(), 0, inner.args().size())),
                    args(e.args(), registry.byNamePositions(inner.name(), 1, e.args().size())), semantics, registry);
        }
        CodeNode callee = e.callee() instanceof Expr.Name n ? readValue(symbolOf(n), n.pos()) : compile(e.callee());
        return new CallNodes.CallValue(e.pos(), callee, args(e.args(), byNameOf(callee, e.args().size())),
                semantics);
    }

    /** {@code super()} in a method: the method's class, found at compile time, and its first parameter. */
    private CodeNode zeroArgumentSuper(Position pos) {
        ClassCode owner = methodClasses.get(current);
        if (owner == null) {
            throw new LangException("lang.python.superOutsideMethod", pos);
        }
        Param self = methodSelves.get(current);
        return new SuperObject.Make(pos, owner, read(symbolOf(self), pos), semantics);
    }

    @Override
    public CodeNode visitIndex(Expr.Index e) {
        return new DataNodes.Index(e.pos(), compile(e.target()), compile(e.index()), semantics);
    }

    @Override
    public CodeNode visitSlice(Expr.Slice e) {
        return new DataNodes.Slice(e.pos(), e.lower() == null ? null : compile(e.lower()),
                e.upper() == null ? null : compile(e.upper()), e.step() == null ? null : compile(e.step()),
                semantics);
    }

    @Override
    public CodeNode visitUnary(Expr.Unary e) {
        return new OperatorNodes.Unary(e.pos(), compile(e.operand()), semantics.unary(e.op()), semantics);
    }

    @Override
    public CodeNode visitBinary(Expr.Binary e) {
        return new OperatorNodes.Binary(e.pos(), compile(e.left()), compile(e.right()), semantics.binary(e.op()),
                semantics);
    }

    @Override
    public CodeNode visitCompareChain(Expr.CompareChain e) {
        CodeNode[] operands = new CodeNode[e.operands().size()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = compile(e.operands().get(i));
        }
        BinaryOperation[] operations = new BinaryOperation[e.ops().size()];
        for (int i = 0; i < operations.length; i++) {
            BinaryOp op = e.ops().get(i);
            operations[i] = semantics.binary(op);
        }
        return new OperatorNodes.CompareChain(e.pos(), operands, operations, semantics);
    }

    @Override
    public CodeNode visitLogical(Expr.Logical e) {
        return new OperatorNodes.Logical(e.pos(), compile(e.left()), e.op(), compile(e.right()), semantics);
    }

    @Override
    public CodeNode visitIf(Expr.If e) {
        return new OperatorNodes.Conditional(e.pos(), compile(e.condition()), compile(e.then()),
                compileOrUnit(e.otherwise(), e.pos()), semantics);
    }

    @Override
    public CodeNode visitLambda(Expr.Lambda e) {
        String name = python ? "<lambda>" : "anonymous function";
        FunctionCode code = function(e, name, e.pos(), e.params(), e.body(), false);
        return closure(code, resolver.functions.get(e), e.params(), e.pos());
    }

    @Override
    public CodeNode visitCaseLambda(Expr.CaseLambda e) {
        FunctionScope scope = resolver.functions.get(e);
        FunctionScope saved = current;
        current = scope;
        FunctionCode code;
        try {
            code = newFunctionCode(scope, "anonymous function", e.pos(), List.of(), true);
            code.cases = cases(e.cases());
            code.body = new ControlNodes.Match(e.pos(), new VariableNodes.ReadLocal(e.pos(), 0), code.cases,
                    semantics);
        } finally {
            current = saved;
        }
        return closure(code, scope, List.of(), e.pos());
    }

    private ControlNodes.Case[] cases(List<MatchCase> cases) {
        ControlNodes.Case[] out = new ControlNodes.Case[cases.size()];
        for (int i = 0; i < out.length; i++) {
            MatchCase c = cases.get(i);
            out[i] = new ControlNodes.Case(casePattern(c.pattern()), c.guard() == null ? null
                    : compile(c.guard()), compile(c.body()));
        }
        return out;
    }

    private CodeNode[] compileAll(List<Expr> exprs) {
        CodeNode[] out = new CodeNode[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(exprs.get(i));
        }
        return out;
    }

    /** A case's pattern: in Python, a match statement's (an except clause's holds no sequence pattern). */
    private PatternNode casePattern(Pattern p) {
        boolean saved = matchStatement;
        matchStatement = python;
        try {
            return pattern(p, !python);
        } finally {
            matchStatement = saved;
        }
    }

    private CodeNode[] items(List<Expr> items, boolean[] spread) {
        CodeNode[] out = new CodeNode[items.size()];
        for (int i = 0; i < out.length; i++) {
            Expr item = items.get(i);
            spread[i] = item instanceof Expr.Starred;
            out[i] = compile(item instanceof Expr.Starred s ? s.value() : item);
        }
        return out;
    }

    @Override
    public CodeNode visitTuple(Expr.TupleExpr e) {
        boolean[] spread = new boolean[e.items().size()];
        return new DataNodes.TupleNode(e.pos(), items(e.items(), spread), spread, semantics);
    }

    @Override
    public CodeNode visitList(Expr.ListExpr e) {
        boolean[] spread = new boolean[e.items().size()];
        return new DataNodes.CollectionNode(e.pos(), items(e.items(), spread), spread, false, semantics);
    }

    @Override
    public CodeNode visitSet(Expr.SetExpr e) {
        boolean[] spread = new boolean[e.items().size()];
        return new DataNodes.CollectionNode(e.pos(), items(e.items(), spread), spread, true, semantics);
    }

    @Override
    public CodeNode visitDict(Expr.DictExpr e) {
        CodeNode[] keys = new CodeNode[e.entries().size()];
        CodeNode[] values = new CodeNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = e.entries().get(i).key() == null ? null : compile(e.entries().get(i).key());
            values[i] = compile(e.entries().get(i).value());
        }
        return new DataNodes.DictNode(e.pos(), keys, values, semantics);
    }

    @Override
    public CodeNode visitComprehension(Expr.Comprehension e) {
        DataNodes.Clause[] clauses = new DataNodes.Clause[e.clauses().size()];
        for (int i = 0; i < clauses.length; i++) {
            ComprehensionClause clause = e.clauses().get(i);
            if (clause instanceof ComprehensionClause.For f) {
                clauses[i] = new DataNodes.Clause(pattern(f.target(), true), compile(f.iterable()), null);
            } else if (clause instanceof ComprehensionClause.If c) {
                clauses[i] = new DataNodes.Clause(null, null, compile(c.condition()));
            }
        }
        return new DataNodes.Comprehension(e.pos(), e.kind(), compile(e.element()),
                e.value() == null ? null : compile(e.value()), clauses, site(e.pos()), semantics);
    }

    @Override
    public CodeNode visitStarred(Expr.Starred e) {
        throw new LangException("lang.starred.misplaced", e.pos());
    }

    @Override
    public CodeNode visitBlock(Expr.Block e) {
        return block(e.statements(), compileOrUnit(e.result(), e.pos()), e.pos(), e);
    }

    @Override
    public CodeNode visitNew(Expr.New e) {
        Symbol symbol = symbolOf(e);
        ArgList args = args(e.args());
        String[] path = e.className().split("\\.");
        if (path.length == 1 && symbol.kind == Symbol.Kind.CLASS) {
            return new CallNodes.ConstructClass(e.pos(), read(symbol, e.pos()), args, semantics);
        }
        Object value = symbol.kind == Symbol.Kind.CONSTANT ? symbol.constant : null;
        for (int i = 1; i < path.length && value instanceof HostObject holder; i++) {
            value = holder.registeredMember(path[i]);
        }
        if (value instanceof HostObject host && host.constructor() != null) {
            return new CallNodes.ConstructHost(e.pos(), host.constructor(), e.typeArgs(), args, semantics);
        }
        if (value instanceof ErrorType type) {
            return new CallNodes.ConstructHost(e.pos(), (typeArgs, values) -> type.call(values), e.typeArgs(), args,
                    semantics);
        }
        throw new LangException("lang.new.notClass", e.pos(), e.className());
    }

    @Override
    public CodeNode visitMatch(Expr.Match e) {
        return new ControlNodes.Match(e.pos(), compile(e.scrutinee()), cases(e.cases()), semantics);
    }

    @Override
    public CodeNode visitTry(Expr.Try e) {
        return new ControlNodes.Try(e.pos(), compile(e.body()), cases(e.handlers()),
                e.orElse() == null ? null : compile(e.orElse()),
                e.finallyBody() == null ? null : compile(e.finallyBody()), semantics);
    }

    @Override
    public CodeNode visitThrow(Expr.Throw e) {
        return new ControlNodes.Throw(e.pos(), e.exception() == null ? null : compile(e.exception()), semantics);
    }

    @Override
    public CodeNode visitInterpolation(Expr.Interpolation e) {
        List<String> texts = new ArrayList<>();
        List<CodeNode> values = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<Character> conversions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (InterpolationPart part : e.parts()) {
            if (part instanceof InterpolationPart.Text t) {
                text.append(t.text());
            } else if (part instanceof InterpolationPart.Hole h) {
                texts.add(text.toString());
                text.setLength(0);
                values.add(compile(h.value()));
                formats.add(h.format());
                conversions.add(h.conversion());
            }
        }
        texts.add(text.toString());
        char[] conv = new char[conversions.size()];
        for (int i = 0; i < conv.length; i++) {
            conv[i] = conversions.get(i);
        }
        return new DataNodes.Interpolate(e.pos(), e.kind(), texts.toArray(new String[0]),
                values.toArray(new CodeNode[0]), formats.toArray(new String[0]), conv, semantics);
    }

    @Override
    public CodeNode visitYield(Expr.Yield e) {
        throw new LangException("lang.yield.nested", e.pos());
    }

    // ---- generator bodies

    /** A generator's body: statements holding a {@code yield} become resumable, the others compile as usual. */
    private GeneratorNodes.Resumable resumable(Expr body) {
        if (!resolver.holdingYield.contains(body)) {
            return new GeneratorNodes.Plain(compile(body));
        }
        if (body instanceof Expr.Block block) {
            List<GeneratorNodes.Resumable> steps = new ArrayList<>();
            for (Stmt stmt : block.statements()) {
                steps.add(resumable(stmt));
            }
            if (block.result() != null) {
                steps.add(resumable(block.result()));
            }
            return new GeneratorNodes.Sequence(block.pos(), steps.toArray(new GeneratorNodes.Resumable[0]));
        }
        if (body instanceof Expr.Yield y) {
            return yieldInto(y, new PatternNode[0]);
        }
        if (body instanceof Expr.Try t) {
            if (t.finallyBody() != null && resolver.holdingYield.contains(t.finallyBody())) {
                throw new LangException("lang.yield.finally", yieldPosition(t.finallyBody()));
            }
            return new GeneratorNodes.Try(t.pos(), resumable(t.body()), resumableCases(t.handlers()),
                    t.orElse() == null ? null : resumable(t.orElse()),
                    t.finallyBody() == null ? null : compile(t.finallyBody()), semantics);
        }
        if (body instanceof Expr.Match m && !resolver.holdingYield.contains(m.scrutinee())) {
            return new GeneratorNodes.Match(m.pos(), compile(m.scrutinee()), resumableCases(m.cases()), semantics);
        }
        throw new LangException("lang.yield.nested", yieldPosition(body));
    }

    private GeneratorNodes.Resumable resumable(Stmt stmt) {
        if (!resolver.holdingYield.contains(stmt)) {
            return new GeneratorNodes.Plain(statement(stmt));
        }
        if (stmt instanceof Stmt.ExprStmt e) {
            return resumable(e.expr());
        }
        if (stmt instanceof Stmt.Assign a && a.value() instanceof Expr.Yield y
                && a.targets().stream().noneMatch(resolver.holdingYield::contains)) {
            PatternNode[] targets = new PatternNode[a.targets().size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(a.targets().get(i));
            }
            return yieldInto(y, targets);
        }
        if (stmt instanceof Stmt.If s && !resolver.holdingYield.contains(s.condition())) {
            return new GeneratorNodes.If(s.pos(), compile(s.condition()), resumableSuite(s.then(), s.pos()),
                    resumableSuite(s.otherwise(), s.pos()), semantics);
        }
        if (stmt instanceof Stmt.While s && !resolver.holdingYield.contains(s.condition())) {
            return new GeneratorNodes.While(s.pos(), compile(s.condition()), resumableSuite(s.body(), s.pos()),
                    resumableSuite(s.orElse(), s.pos()), site(s.pos()), semantics);
        }
        if (stmt instanceof Stmt.For s && !resolver.holdingYield.contains(s.iterable())) {
            CodeNode iterable = compile(s.iterable());
            return new GeneratorNodes.For(s.pos(), pattern(s.target(), !python), iterable,
                    resumableSuite(s.body(), s.pos()), resumableSuite(s.orElse(), s.pos()), site(s.pos()),
                    semantics);
        }
        throw new LangException("lang.yield.nested", yieldPosition(stmt));
    }

    private GeneratorNodes.Resumable resumableSuite(List<Stmt> statements, Position pos) {
        GeneratorNodes.Resumable[] steps = new GeneratorNodes.Resumable[statements.size()];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = resumable(statements.get(i));
        }
        return new GeneratorNodes.Sequence(pos, steps);
    }

    private GeneratorNodes.Case[] resumableCases(List<MatchCase> cases) {
        GeneratorNodes.Case[] out = new GeneratorNodes.Case[cases.size()];
        for (int i = 0; i < out.length; i++) {
            MatchCase c = cases.get(i);
            out[i] = new GeneratorNodes.Case(casePattern(c.pattern()), c.guard() == null ? null
                    : compile(c.guard()), resumable(c.body()));
        }
        return out;
    }

    private GeneratorNodes.Resumable yieldInto(Expr.Yield y, PatternNode[] targets) {
        if (y.value() != null && resolver.holdingYield.contains(y.value())) {
            throw new LangException("lang.yield.nested", yieldPosition(y.value()));
        }
        CodeNode value = compileOrUnit(y.value(), y.pos());
        return y.delegate() ? new GeneratorNodes.YieldFrom(y.pos(), value, targets, semantics)
                : new GeneratorNodes.Yield(y.pos(), value, targets);
    }

    /** Where the innermost yield inside {@code node} is, for the message refusing it there. */
    private Position yieldPosition(Object node) {
        Position at = ((dev.streamlab.lang.ast.Node) node).pos();
        Position first = null;
        for (Object held : resolver.holdingYield) {
            if (held instanceof Expr.Yield y && !before(y.pos(), at) && (first == null || before(y.pos(), first))) {
                first = y.pos();
            }
        }
        return first == null ? at : first;
    }

    private static boolean before(Position a, Position b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    @Override
    public CodeNode visitMethodValue(Expr.MethodValue e) {
        if (e.method() instanceof Expr.Name n) {
            return readValue(symbolOf(n), n.pos());
        }
        if (e.method() instanceof Expr.Select select) {
            return new MethodReference(e.pos(), compile(select.receiver()), select.name(), registry);
        }
        return compile(e.method());
    }

    /** {@code obj.m _}: the method of an object as a function value, not called. */
    private static final class MethodReference extends CodeNode {
        private final CodeNode receiver;
        private final String name;
        private final HostRegistry registry;

        MethodReference(Position pos, CodeNode receiver, String name, HostRegistry registry) {
            super(pos);
            this.receiver = receiver;
            this.name = name;
            this.registry = registry;
        }

        @Override
        Object eval(Frame frame) {
            Object target = receiver.eval(frame);
            if (target instanceof MemberHolder holder) {
                Object member = holder.member(name, frame.context);
                if (member != null) {
                    return member;
                }
            }
            return new NativeBoundMethod(name, target, registry, frame.context);
        }
    }

    // ---- patterns

    @Override
    public PatternNode visitWildcard(Pattern.Wildcard p) {
        return new PatternNodes.Wildcard();
    }

    @Override
    public PatternNode visitBind(Pattern.Bind p) {
        return new PatternNodes.Bind(store(symbolOf(p), declaring, p.pos()));
    }

    @Override
    public PatternNode visitValue(Pattern.Value p) {
        if (matchStatement && p.value() instanceof Expr.Literal literal
                && (literal.kind() == LiteralKind.NONE || literal.kind() == LiteralKind.BOOLEAN)) {
            return new PythonPatterns.Identity(semantics.literal(literal.kind(), literal.value()));
        }
        return new PatternNodes.Value(compile(p.value()), semantics);
    }

    @Override
    public PatternNode visitTuple(Pattern.TuplePattern p) {
        if (matchStatement) {
            return new PythonPatterns.Sequence(subPatterns(p.items()));
        }
        return new PatternNodes.TuplePattern(subPatterns(p.items()), python);
    }

    private PatternNode[] subPatterns(List<Pattern> patterns) {
        PatternNode[] out = new PatternNode[patterns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = patterns.get(i).accept(this);
        }
        return out;
    }

    @Override
    public PatternNode visitExtractor(Pattern.Extractor p) {
        if (python) {
            return pythonExtractor(p);
        }
        Symbol symbol = symbolOf(p);
        PatternNode[] args = subPatterns(p.args());
        String[] path = p.name().split("\\.");
        if (path.length == 1 && (symbol.kind == Symbol.Kind.CLASS || symbol.kind == Symbol.Kind.OBJECT)) {
            return new PatternNodes.ClassExtractor(read(symbol, p.pos()), args);
        }
        Object value = symbol.kind == Symbol.Kind.CONSTANT ? symbol.constant : null;
        for (int i = 1; i < path.length && value instanceof HostObject holder; i++) {
            value = holder.registeredMember(path[i]);
        }
        if (value instanceof HostObject host && host.extractor() != null) {
            return new PatternNodes.HostExtractor(host.extractor(), args);
        }
        if (path.length == 1 && (symbol.kind == Symbol.Kind.LOCAL || symbol.kind == Symbol.Kind.GLOBAL
                || symbol.kind == Symbol.Kind.MEMBER)) {
            return new PatternNodes.ValueExtractor(read(symbol, p.pos()), args, p.name(), p.pos());
        }
        throw new LangException("lang.pattern.notExtractor", p.pos(), p.name());
    }

    /** A mapping or class pattern of Python's match statement (see {@link PythonPatterns} for the encoding). */
    private PatternNode pythonExtractor(Pattern.Extractor p) {
        List<CodeNode> keys = new ArrayList<>();
        List<PatternNode> values = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        List<PatternNode> keywordPatterns = new ArrayList<>();
        VariableNodes.Store rest = null;
        boolean mapping = p.name().equals(PythonPatterns.MAPPING);
        for (int i = 0; i < p.args().size(); i++) {
            Pattern arg = p.args().get(i);
            if (mapping && arg instanceof Pattern.Rest r) {
                rest = store(symbolOf(r), declaring, r.pos());
            } else if (mapping) {
                keys.add(compile(((Pattern.Value) arg).value()));
                values.add(p.args().get(++i).accept(this));
            } else if (arg instanceof Pattern.Extractor k && k.name().startsWith(PythonPatterns.KEYWORD)) {
                keywords.add(k.name().substring(PythonPatterns.KEYWORD.length()));
                keywordPatterns.add(k.args().get(0).accept(this));
            } else {
                values.add(arg.accept(this));
            }
        }
        if (mapping) {
            return new PythonPatterns.Mapping(keys.toArray(new CodeNode[0]), values.toArray(new PatternNode[0]),
                    rest);
        }
        String[] path = p.name().split("\\.");
        CodeNode type = read(symbolOf(p), p.pos());
        for (int i = 1; i < path.length; i++) {
            type = new CallNodes.Select(p.pos(), type, path[i], semantics, registry);
        }
        return new PythonPatterns.ClassPattern(type, values.toArray(new PatternNode[0]),
                keywords.toArray(new String[0]), keywordPatterns.toArray(new PatternNode[0]));
    }

    @Override
    public PatternNode visitRest(Pattern.Rest p) {
        return new PatternNodes.Rest(p.name() == null ? null : store(symbolOf(p), declaring, p.pos()), python);
    }

    @Override
    public PatternNode visitTyped(Pattern.Typed p) {
        PatternNode inner = p.inner().accept(this);
        Symbol symbol = resolver.symbols.get(p);
        if (symbol != null && p.typeName().indexOf('.') < 0 && (symbol.kind == Symbol.Kind.CLASS
                || symbol.kind == Symbol.Kind.GLOBAL || symbol.kind == Symbol.Kind.LOCAL && symbol.owner == current)) {
            return new PatternNodes.DynamicTyped(read(symbol, p.pos()), inner);
        }
        return new PatternNodes.Typed(typeTest(p), inner);
    }

    private TypeTest typeTest(Pattern.Typed p) {
        String typeName = p.typeName();
        int bracket = typeName.indexOf('[');
        String bare = bracket < 0 ? typeName : typeName.substring(0, bracket);
        Symbol symbol = resolver.symbols.get(p);
        if (symbol != null) {
            String[] path = bare.split("\\.");
            Object value = symbol.kind == Symbol.Kind.CONSTANT ? symbol.constant : null;
            for (int i = 1; i < path.length && value instanceof HostObject holder; i++) {
                value = holder.registeredMember(path[i]);
            }
            TypeTest fromValue = valueTypeTest(value);
            if (fromValue != null) {
                return fromValue;
            }
        }
        TypeTest imported = valueTypeTest(registry.importableValue(bare));
        if (imported != null) {
            return imported;
        }
        TypeTest registered = registry.typeTest(bare);
        if (registered != null) {
            return registered;
        }
        TypeTest builtin = semantics.typeTest(bare);
        if (builtin != null) {
            return builtin;
        }
        throw new LangException("lang.type.notFound", p.pos(), typeName);
    }

    static TypeTest valueTypeTest(Object value) {
        if (value instanceof ErrorType type) {
            return v -> v instanceof ErrorValue error && error.type().isSubtypeOf(type);
        }
        if (value instanceof HostObject host && host.typeTest() != null) {
            return host.typeTest();
        }
        return null;
    }

    @Override
    public PatternNode visitAlternatives(Pattern.Alternatives p) {
        return new PatternNodes.Alternatives(subPatterns(p.alternatives()));
    }

    @Override
    public PatternNode visitAs(Pattern.As p) {
        return new PatternNodes.As(store(symbolOf(p), declaring, p.pos()), p.inner().accept(this));
    }
}
