package dev.streamlab.lang.python.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.ComprehensionClause;
import dev.streamlab.lang.ast.ComprehensionKind;
import dev.streamlab.lang.ast.DictEntry;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.ImportedName;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.LogicalOp;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.ast.Stmt;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for the CPython 3.11 grammar subset students write, producing the shared AST.
 * Error messages follow CPython's ("expected ':'", "invalid syntax. Perhaps you forgot a comma?",
 * "expected an indented block after 'if' statement on line 3").
 *
 * <p>Desugaring: {@code elif} nests an If; adjacent string literals join (into an f-string if any part is one);
 * {@code with a as b: body} becomes {@code b = a} then the body (the lab provides no context managers, so the only
 * thing a {@code with} can do here is fail while evaluating {@code a}, e.g. at a sandboxed {@code open});
 * an f-string field whose format spec holds nested fields becomes a hole over {@code format(value, f"spec")};
 * a set display of three or more constants becomes a call of {@link #CONSTANT_SET} with their tuple;
 * {@code ...} is the name {@code Ellipsis}; annotations are kept as text or dropped.
 */
public final class PyParser {

    private static final Map<String, BinaryOp> AUGMENTED = Map.ofEntries(
            Map.entry("+=", BinaryOp.ADD), Map.entry("-=", BinaryOp.SUB), Map.entry("*=", BinaryOp.MUL),
            Map.entry("/=", BinaryOp.DIV), Map.entry("//=", BinaryOp.FLOOR_DIV), Map.entry("%=", BinaryOp.MOD),
            Map.entry("**=", BinaryOp.POW), Map.entry("@=", BinaryOp.MAT_MUL), Map.entry("&=", BinaryOp.BIT_AND),
            Map.entry("|=", BinaryOp.BIT_OR), Map.entry("^=", BinaryOp.BIT_XOR),
            Map.entry("<<=", BinaryOp.SHIFT_LEFT), Map.entry(">>=", BinaryOp.SHIFT_RIGHT));

    private static final int MAX_NESTING = 200;

    /**
     * The built-in a set display of three or more constants calls: CPython compiles such a display to an update
     * from a frozenset constant, which lays the set's table out (and so orders it) differently from adding the items
     * one by one.
     */
    public static final String CONSTANT_SET = "__constant_set__";

    /** The extractor name a mapping pattern is parsed to (no class can have it). */
    public static final String MAPPING_PATTERN = "{}";
    private static final Set<String> COMPOUND_KEYWORDS = Set.of("if", "while", "for", "try", "with", "def", "class");

    private final List<PyToken> tokens;
    private int pos;
    private int functionDepth;
    private int loopDepth;
    private int nesting;
    /** The fields of the {@code @dataclass} class whose body is being read (null elsewhere). */
    private List<DataclassMethods.Field> dataclassFields;
    /** Dataclasses read so far, by name: a dataclass deriving from one takes its fields first. */
    private final Map<String, List<DataclassMethods.Field>> dataclasses = new java.util.HashMap<>();

    private PyParser(List<PyToken> tokens) {
        this.tokens = tokens;
    }

    public static Program parse(String source, String fileName) {
        List<PyToken> tokens = PyLexer.tokenize(source);
        PyParser parser = new PyParser(tokens);
        List<Stmt> statements = new ArrayList<>();
        try {
            while (!parser.peek().type().equals(PyTokenType.EOF)) {
                parser.statement(statements);
            }
        } catch (PySyntaxError e) {
            throw unclosedBehind(e, tokens.get(tokens.size() - 1));
        }
        return new Program(Language.PYTHON, fileName, source, statements);
    }

    /**
     * A bracket left open to the end of the file makes the parser give up somewhere after it: as CPython does when
     * the error lies on a later line than the bracket (or is its "forgot a comma" guess), the error then names that
     * bracket, and where it was opened, the caret staying where the parser stopped.
     */
    private static PySyntaxError unclosedBehind(PySyntaxError e, PyToken eof) {
        if (!(eof.value() instanceof PySyntaxError unclosed) || unclosed == e || !e.kind().equals("SyntaxError")
                || !(e.line() > unclosed.line() || e.getMessage().contains("Perhaps you forgot a comma"))) {
            return e;
        }
        char symbol = unclosed.getMessage().charAt(1);
        return e.neverClosed(new PySyntaxError.Opener(symbol, unclosed.line(), unclosed.column()));
    }

    /** Parses one expression of an f-string field, written at {@code line}:{@code column}. */
    static Expr parseFieldExpression(String source, int line, int column) {
        PyParser parser = new PyParser(PyLexer.tokenizeExpression(source, line, column));
        Expr e = parser.starExpressions();
        if (parser.peek().type() != PyTokenType.EOF) {
            throw parser.invalidSyntax(parser.peek());
        }
        return e;
    }

    // ---- token access

    private PyToken peek() {
        return tokens.get(pos);
    }

    private PyToken peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private PyToken advance() {
        PyToken t = tokens.get(pos);
        if (t.type() != PyTokenType.EOF) {
            pos++;
        }
        return t;
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private PyToken expectOp(String op) {
        if (!atOp(op)) {
            boolean lineEnds = peek().type() == PyTokenType.NEWLINE || peek().type() == PyTokenType.EOF;
            if ((op.equals(":") || op.equals("=") || op.equals("(")) && lineEnds) {
                throw error("expected '" + op + "'", previousEnd());
            }
            throw invalidSyntax(peek());
        }
        return advance();
    }

    private String expectName() {
        PyToken t = peek();
        if (t.type() != PyTokenType.NAME) {
            throw invalidSyntax(t);
        }
        pos++;
        return t.text();
    }

    private static Position at(PyToken t) {
        return new Position(t.line(), t.column());
    }

    private PyToken previousEnd() {
        PyToken previous = tokens.get(Math.max(pos - 1, 0));
        return new PyToken(previous.type(), previous.text(), null, previous.line(),
                previous.column() + Math.max(previous.text().length(), 1));
    }

    private static PySyntaxError error(String message, PyToken at) {
        return PySyntaxError.syntax(message, at.line(), at.column());
    }

    private PySyntaxError invalidSyntax(PyToken t) {
        if (t.type() == PyTokenType.INDENT) {
            return PySyntaxError.indentation("unexpected indent", t.line(), Math.max(1, t.column() - 1));
        }
        if (t.type() == PyTokenType.EOF && t.value() instanceof PySyntaxError unclosed) {
            return unclosed;
        }
        return error("invalid syntax", t);
    }

    // ---- statements

    private void statement(List<Stmt> out) {
        PyToken t = peek();
        if (t.type() == PyTokenType.INDENT) {
            throw invalidSyntax(t);
        }
        if (t.type() == PyTokenType.KEYWORD && COMPOUND_KEYWORDS.contains(t.text()) || t.isOp("@")) {
            out.add(compoundStatement());
            return;
        }
        if (t.type() == PyTokenType.NAME && t.text().equals("match")) {
            Stmt match = matchStatement();
            if (match != null) {
                out.add(match);
                return;
            }
        }
        simpleStatements(out);
    }

    // ---- the match statement ('match' and 'case' are soft keywords)

    /**
     * {@code match subject:} followed by its cases, or null (nothing consumed) when the line merely starts with a
     * name {@code match}. Patterns become the shared AST's patterns: a sequence is a tuple pattern, a class pattern
     * an extractor whose keyword sub-patterns are extractors named {@code "=attribute"}, a mapping pattern an
     * extractor named {@value #MAPPING_PATTERN} whose arguments alternate key values and value patterns (then an
     * optional rest). A match no case matches does nothing, as in CPython: a final wildcard case says so.
     */
    private Stmt matchStatement() {
        int start = pos;
        int savedNesting = nesting;
        PyToken keyword = advance();
        Expr subject;
        try {
            subject = matchSubject();
        } catch (PySyntaxError notAMatch) {
            pos = start;
            nesting = savedNesting;
            return null;
        }
        if (!atOp(":") || peekAt(1).type() != PyTokenType.NEWLINE) {
            pos = start;
            nesting = savedNesting;
            return null;
        }
        advance();
        advance();
        if (peek().type() != PyTokenType.INDENT) {
            throw PySyntaxError.indentation("expected an indented block after 'match' statement on line "
                    + keyword.line(), peek().line(), peek().column());
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (peek().type() != PyTokenType.DEDENT && peek().type() != PyTokenType.EOF) {
            PyToken caseToken = peek();
            if (caseToken.type() != PyTokenType.NAME || !caseToken.text().equals("case")) {
                throw invalidSyntax(caseToken);
            }
            advance();
            Pattern pattern = casePatterns();
            Expr guard = acceptKeyword("if") ? namedExpression() : null;
            expectOp(":");
            Expr body = suiteBlock(block(caseToken, "'case' statement"), at(caseToken));
            cases.add(new MatchCase(pattern, guard, body, at(caseToken)));
        }
        advance();
        if (cases.isEmpty()) {
            throw invalidSyntax(peek());
        }
        cases.add(new MatchCase(new Pattern.Wildcard(at(keyword)), null, suiteBlock(List.of(), at(keyword)),
                at(keyword)));
        return new Stmt.ExprStmt(new Expr.Match(subject, cases, at(keyword)), at(keyword));
    }

    private Expr matchSubject() {
        PyToken first = peek();
        Expr e = atOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>(List.of(e));
        while (acceptOp(",") && !atOp(":")) {
            items.add(atOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        return new Expr.TupleExpr(items, at(first));
    }

    /** A case's patterns: several separated by commas make a sequence pattern. */
    private Pattern casePatterns() {
        PyToken first = peek();
        Pattern p = maybeStarPattern();
        if (!atOp(",")) {
            if (p instanceof Pattern.Rest) {
                throw invalidSyntax(peek());
            }
            return p;
        }
        List<Pattern> items = new ArrayList<>(List.of(p));
        while (acceptOp(",") && !atOp(":") && !atKeyword("if")) {
            items.add(maybeStarPattern());
        }
        return new Pattern.TuplePattern(items, at(first));
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            PyToken star = advance();
            String name = expectName();
            return new Pattern.Rest(name.equals("_") ? null : name, at(star));
        }
        return asPattern();
    }

    private Pattern asPattern() {
        Pattern p = orPattern();
        if (acceptKeyword("as")) {
            PyToken nameToken = peek();
            String name = expectName();
            if (name.equals("_")) {
                throw error("cannot use '_' as a target", nameToken);
            }
            return new Pattern.As(name, p, at(nameToken));
        }
        return p;
    }

    private Pattern orPattern() {
        PyToken first = peek();
        Pattern p = closedPattern();
        if (!atOp("|")) {
            return p;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(p));
        while (acceptOp("|")) {
            alternatives.add(closedPattern());
        }
        return new Pattern.Alternatives(alternatives, at(first));
    }

    private Pattern closedPattern() {
        PyToken t = peek();
        if (t.isOp("(") || t.isOp("[")) {
            return groupOrSequencePattern();
        }
        if (t.isOp("{")) {
            return mappingPattern();
        }
        if (t.type() == PyTokenType.NAME) {
            String name = dottedPatternName();
            if (atOp("(")) {
                return classPattern(name, t);
            }
            if (name.contains(".")) {
                return new Pattern.Value(dottedExpr(name, t), at(t));
            }
            return name.equals("_") ? new Pattern.Wildcard(at(t)) : new Pattern.Bind(name, at(t));
        }
        return new Pattern.Value(literalPattern(), at(t));
    }

    private String dottedPatternName() {
        StringBuilder name = new StringBuilder(expectName());
        while (atOp(".")) {
            advance();
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    private static Expr dottedExpr(String dotted, PyToken t) {
        String[] parts = dotted.split("\\.");
        Expr e = new Expr.Name(parts[0], at(t));
        for (int i = 1; i < parts.length; i++) {
            e = new Expr.Select(e, parts[i], at(t));
        }
        return e;
    }

    /** Numbers (signed), strings, None, True and False. */
    private Expr literalPattern() {
        PyToken t = peek();
        boolean literal = t.type() == PyTokenType.NUMBER || t.type() == PyTokenType.STRING
                || t.type() == PyTokenType.BYTES || t.isOp("-")
                || t.isKeyword("None") || t.isKeyword("True") || t.isKeyword("False");
        if (!literal) {
            throw invalidSyntax(t);
        }
        return factor();
    }

    private Pattern groupOrSequencePattern() {
        PyToken open = advance();
        String close = open.isOp("(") ? ")" : "]";
        List<Pattern> items = new ArrayList<>();
        boolean comma = false;
        while (!atOp(close)) {
            items.add(maybeStarPattern());
            if (!acceptOp(",")) {
                break;
            }
            comma = true;
        }
        expectOp(close);
        if (open.isOp("(") && items.size() == 1 && !comma && !(items.get(0) instanceof Pattern.Rest)) {
            return items.get(0);
        }
        return new Pattern.TuplePattern(items, at(open));
    }

    private Pattern mappingPattern() {
        PyToken open = advance();
        List<Pattern> parts = new ArrayList<>();
        while (!atOp("}")) {
            if (atOp("**")) {
                PyToken stars = advance();
                parts.add(new Pattern.Rest(expectName(), at(stars)));
                acceptOp(",");
                break;
            }
            PyToken keyToken = peek();
            Expr key = keyToken.type() == PyTokenType.NAME ? dottedExpr(dottedPatternName(), keyToken)
                    : literalPattern();
            if (key instanceof Expr.Name) {
                throw error("mapping pattern keys may only match literals and attribute lookups", keyToken);
            }
            expectOp(":");
            parts.add(new Pattern.Value(key, at(keyToken)));
            parts.add(asPattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Pattern.Extractor(MAPPING_PATTERN, parts, at(open));
    }

    private Pattern classPattern(String name, PyToken nameToken) {
        advance();
        List<Pattern> args = new ArrayList<>();
        boolean keywords = false;
        while (!atOp(")")) {
            if (peek().type() == PyTokenType.NAME && peekAt(1).isOp("=")) {
                PyToken keyword = advance();
                advance();
                args.add(new Pattern.Extractor("=" + keyword.text(), List.of(asPattern()), at(keyword)));
                keywords = true;
            } else {
                if (keywords) {
                    throw error("positional patterns follow keyword patterns", peek());
                }
                args.add(asPattern());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new Pattern.Extractor(name, args, at(nameToken));
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            if (atKeyword("import")) {
                out.addAll(importModules());
            } else {
                out.add(simpleStatement());
            }
            if (acceptOp(";")) {
                if (peek().type() == PyTokenType.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (peek().type() != PyTokenType.NEWLINE) {
            throw unexpectedAfterStatement();
        }
        advance();
    }

    private PySyntaxError unexpectedAfterStatement() {
        return invalidSyntax(peek());
    }

    private Stmt simpleStatement() {
        PyToken t = peek();
        Position p = at(t);
        if (t.type() == PyTokenType.KEYWORD) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(p);
                }
                case "break" -> {
                    advance();
                    if (loopDepth == 0) {
                        throw error("'break' outside loop", t);
                    }
                    return new Stmt.Break(p);
                }
                case "continue" -> {
                    advance();
                    if (loopDepth == 0) {
                        throw error("'continue' not properly in loop", t);
                    }
                    return new Stmt.Continue(p);
                }
                case "return" -> {
                    advance();
                    if (functionDepth == 0) {
                        throw error("'return' outside function", t);
                    }
                    Expr value = startsExpression(peek()) ? starExpressions() : null;
                    return new Stmt.Return(value, p);
                }
                case "raise" -> {
                    advance();
                    Expr exception = null;
                    Expr cause = null;
                    if (startsExpression(peek())) {
                        exception = expression();
                        if (acceptKeyword("from")) {
                            cause = expression();
                        }
                    }
                    return new Stmt.ExprStmt(new Expr.Throw(exception, cause, p), p);
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (acceptOp(","));
                    return new Stmt.Global(names, t.text().equals("nonlocal"), p);
                }
                case "del" -> {
                    advance();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        targets.add(checkTarget(bitwiseOr(), "delete"));
                    } while (acceptOp(",") && startsExpression(peek()));
                    return new Stmt.Delete(targets, p);
                }
                case "assert" -> {
                    advance();
                    Expr condition = expression();
                    Expr message = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(condition, message, p);
                }
                case "from" -> {
                    return importFrom();
                }
                case "async", "await" -> throw error("the lab does not support '" + t.text() + "'", t);
                default -> {
                }
            }
        }
        if (t.type() == PyTokenType.NAME && t.text().equals("print") && startsPython2PrintArgument(peekAt(1))) {
            throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", t);
        }
        return expressionOrAssignment();
    }

    private static boolean startsPython2PrintArgument(PyToken next) {
        return next.type() == PyTokenType.STRING || next.type() == PyTokenType.FSTRING
                || next.type() == PyTokenType.NUMBER || next.type() == PyTokenType.NAME;
    }

    /** {@code import a, b as c}: one ImportModule statement per module. */
    private List<Stmt> importModules() {
        advance();
        List<Stmt> imports = new ArrayList<>();
        do {
            Position p = at(peek());
            List<String> path = dottedName();
            String alias = acceptKeyword("as") ? expectName() : null;
            imports.add(new Stmt.ImportModule(path, alias, p));
        } while (acceptOp(","));
        return imports;
    }

    private List<String> dottedName() {
        List<String> path = new ArrayList<>();
        path.add(expectName());
        while (acceptOp(".")) {
            path.add(expectName());
        }
        return path;
    }

    private Stmt importFrom() {
        PyToken keyword = advance();
        StringBuilder dots = new StringBuilder();
        while (atOp(".") || atOp("...")) {
            dots.append(advance().text());
        }
        List<String> path = new ArrayList<>();
        if (peek().type() == PyTokenType.NAME) {
            path.addAll(dottedName());
            if (dots.length() > 0) {
                path.set(0, dots + path.get(0));
            }
        } else if (dots.length() > 0) {
            path.add(dots.toString());
        } else {
            throw invalidSyntax(peek());
        }
        if (!acceptKeyword("import")) {
            throw invalidSyntax(peek());
        }
        if (acceptOp("*")) {
            return new Stmt.Import(path, List.of(), true, at(keyword));
        }
        boolean parenthesized = acceptOp("(");
        List<ImportedName> names = new ArrayList<>();
        do {
            if (parenthesized && atOp(")")) {
                break;
            }
            PyToken nameToken = peek();
            String name = expectName();
            String alias = acceptKeyword("as") ? expectName() : null;
            names.add(new ImportedName(name, alias, at(nameToken)));
        } while (acceptOp(","));
        if (parenthesized) {
            expectOp(")");
        } else if (!names.isEmpty() && tokens.get(pos - 1).isOp(",")) {
            throw error("trailing comma not allowed without surrounding parentheses", tokens.get(pos - 1));
        }
        return new Stmt.Import(path, names, false, at(keyword));
    }

    private Stmt expressionOrAssignment() {
        PyToken first = peek();
        Position p = at(first);
        Expr e = atKeyword("yield") ? yieldExpression() : starExpressions();
        if (atOp(":") && isAnnotatable(e)) {
            advance();
            int annotationStart = pos;
            expression();
            String annotation = textOf(annotationStart, pos);
            if (acceptOp("=")) {
                Expr value = atKeyword("yield") ? yieldExpression() : starExpressions();
                if (dataclassFields != null && e instanceof Expr.Name name && !isClassVar(annotation)) {
                    return dataclassField(name, value, p);
                }
                return new Stmt.Assign(List.of(checkTarget(e, "assign")), value, p);
            }
            if (dataclassFields != null && e instanceof Expr.Name name && !isClassVar(annotation)) {
                dataclassFields.add(new DataclassMethods.Field(name.name(), null, false));
            }
            return new Stmt.Pass(p);
        }
        PyToken op = peek();
        if (op.type() == PyTokenType.OP && AUGMENTED.containsKey(op.text())) {
            advance();
            checkAugmentedTarget(e, op);
            Expr value = atKeyword("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(e, AUGMENTED.get(op.text()), value, p);
        }
        if (!atOp("=")) {
            return new Stmt.ExprStmt(e, p);
        }
        List<Expr> targets = new ArrayList<>();
        Expr value = e;
        while (acceptOp("=")) {
            targets.add(checkTarget(value, "assign"));
            value = atKeyword("yield") ? yieldExpression() : starExpressions();
        }
        return new Stmt.Assign(targets, value, p);
    }

    private static boolean isClassVar(String annotation) {
        return annotation.startsWith("ClassVar") || annotation.startsWith("typing.ClassVar");
    }

    /**
     * {@code name: T = value} in a dataclass: a field whose default is the class attribute; with
     * {@code field(default=v)} the attribute is v, with {@code field(default_factory=f)} f is kept aside for
     * {@code __init__} to call.
     */
    private Stmt dataclassField(Expr.Name name, Expr value, Position p) {
        List<Arg> fieldArgs = callArgs(value, "dataclasses", "field");
        if (fieldArgs != null) {
            for (Arg arg : fieldArgs) {
                if ("default".equals(arg.keyword())) {
                    dataclassFields.add(new DataclassMethods.Field(name.name(), name.name(), false));
                    return new Stmt.Assign(List.of(name), arg.value(), p);
                }
                if ("default_factory".equals(arg.keyword())) {
                    dataclassFields.add(new DataclassMethods.Field(name.name(), null, true));
                    return new Stmt.Assign(List.of(new Expr.Name(DataclassMethods.FACTORY_PREFIX + name.name(),
                            name.pos())), arg.value(), p);
                }
            }
            dataclassFields.add(new DataclassMethods.Field(name.name(), null, false));
            return new Stmt.Pass(p);
        }
        dataclassFields.add(new DataclassMethods.Field(name.name(), name.name(), false));
        return new Stmt.Assign(List.of(name), value, p);
    }

    /** {@code name} or {@code module.name}. */
    private static boolean isNamed(Expr e, String module, String name) {
        return e instanceof Expr.Name n && n.name().equals(name)
                || e instanceof Expr.Select sel && sel.name().equals(name) && sel.receiver() instanceof Expr.Name m
                && m.name().equals(module);
    }

    /** The arguments of a call of {@code name(...)} or {@code module.name(...)}, or null for anything else. */
    private static List<Arg> callArgs(Expr e, String module, String name) {
        if (e instanceof Expr.Call call && isNamed(call.callee(), module, name)) {
            return call.args();
        }
        if (e instanceof Expr.MethodCall call && call.name().equals(name) && call.receiver() instanceof Expr.Name m
                && m.name().equals(module)) {
            return call.args();
        }
        return null;
    }

    /** The options of a {@code @dataclass} / {@code @dataclass(...)} decorator among these, or null. */
    private static DataclassMethods.Options dataclassOptions(List<Expr> decorators) {
        for (Expr decorator : decorators) {
            if (isNamed(decorator, "dataclasses", "dataclass")) {
                return DataclassMethods.Options.DEFAULTS;
            }
            List<Arg> args = callArgs(decorator, "dataclasses", "dataclass");
            if (args != null) {
                return DataclassMethods.Options.of(args);
            }
        }
        return null;
    }

    private static boolean isAnnotatable(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Select || e instanceof Expr.Index;
    }

    private Expr checkTarget(Expr e, String verb) {
        if (e instanceof Expr.Name || e instanceof Expr.Select || e instanceof Expr.Index) {
            return e;
        }
        if (e instanceof Expr.TupleExpr t) {
            t.items().forEach(item -> checkTarget(item, verb));
            return e;
        }
        if (e instanceof Expr.ListExpr l) {
            l.items().forEach(item -> checkTarget(item, verb));
            return e;
        }
        if (e instanceof Expr.Starred s && !verb.equals("delete")) {
            checkTarget(s.value(), verb);
            return e;
        }
        String what = describe(e);
        String hint = verb.equals("assign") && !(e instanceof Expr.Starred)
                ? " here. Maybe you meant '==' instead of '='?" : "";
        Position start = startOf(e);
        String action = verb.equals("delete") ? "cannot delete " : "cannot " + verb + " to ";
        throw PySyntaxError.syntax(action + what + hint, start.line(), start.column());
    }

    /** Where an expression's source starts (operators and calls keep the position of their operator or name). */
    private static Position startOf(Expr e) {
        if (e instanceof Expr.Binary b) {
            return startOf(b.left());
        }
        if (e instanceof Expr.Logical l) {
            return startOf(l.left());
        }
        if (e instanceof Expr.CompareChain c) {
            return startOf(c.operands().get(0));
        }
        if (e instanceof Expr.Call c) {
            return startOf(c.callee());
        }
        if (e instanceof Expr.MethodCall m) {
            return startOf(m.receiver());
        }
        if (e instanceof Expr.Select s) {
            return startOf(s.receiver());
        }
        if (e instanceof Expr.Index i) {
            return startOf(i.target());
        }
        if (e instanceof Expr.If i) {
            return startOf(i.then());
        }
        return e.pos();
    }

    private static void checkAugmentedTarget(Expr e, PyToken op) {
        if (!(e instanceof Expr.Name || e instanceof Expr.Select || e instanceof Expr.Index)) {
            throw PySyntaxError.syntax("'" + describe(e) + "' is an illegal expression for augmented assignment",
                    e.pos().line(), e.pos().column());
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call || e instanceof Expr.MethodCall) {
            return "function call";
        }
        if (e instanceof Expr.Literal l) {
            return l.kind() == LiteralKind.NONE ? "None" : l.kind() == LiteralKind.BOOLEAN ? String.valueOf(
                    Boolean.TRUE.equals(l.value()) ? "True" : "False") : "literal";
        }
        if (e instanceof Expr.Interpolation) {
            return "f-string expression";
        }
        if (e instanceof Expr.Binary b && b.op().isComparison() || e instanceof Expr.CompareChain) {
            return "comparison";
        }
        if (e instanceof Expr.Binary || e instanceof Expr.Unary u && u.op() != UnaryOp.NOT) {
            return "expression";
        }
        if (e instanceof Expr.Logical || e instanceof Expr.Unary) {
            return "expression";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.If) {
            return "conditional expression";
        }
        if (e instanceof Expr.Comprehension c) {
            return switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
        }
        if (e instanceof Expr.DictExpr) {
            return "dict literal";
        }
        if (e instanceof Expr.SetExpr) {
            return "set display";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Yield) {
            return "yield expression";
        }
        return "expression";
    }

    // ---- compound statements

    private Stmt compoundStatement() {
        PyToken t = peek();
        if (t.isOp("@")) {
            return decorated();
        }
        return switch (t.text()) {
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement();
            case "try" -> tryStatement();
            case "with" -> withStatement();
            case "def" -> functionDef(List.of());
            case "class" -> classDef(List.of());
            default -> throw invalidSyntax(t);
        };
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (peek().type() != PyTokenType.NEWLINE) {
                throw invalidSyntax(peek());
            }
            advance();
        }
        if (atKeyword("def")) {
            return functionDef(decorators);
        }
        if (atKeyword("class")) {
            return classDef(decorators);
        }
        throw invalidSyntax(peek());
    }

    /** The suite after a header's ':' (already consumed): an indented block or statements on the same line. */
    private List<Stmt> block(PyToken header, String what) {
        List<Stmt> body = new ArrayList<>();
        if (peek().type() != PyTokenType.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (peek().type() != PyTokenType.INDENT) {
            PyToken next = peek();
            throw PySyntaxError.indentation("expected an indented block after " + what + " on line "
                    + header.line(), next.line(), next.column());
        }
        advance();
        while (peek().type() != PyTokenType.DEDENT && peek().type() != PyTokenType.EOF) {
            statement(body);
        }
        advance();
        return body;
    }

    private Expr headerCondition() {
        PyToken start = peek();
        Expr condition = namedExpression();
        if (atOp("=")) {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start);
        }
        return condition;
    }

    private Stmt ifStatement() {
        PyToken keyword = advance();
        Expr condition = headerCondition();
        expectOp(":");
        List<Stmt> then = block(keyword, "'" + keyword.text() + "' statement");
        List<Stmt> otherwise = List.of();
        if (atKeyword("elif")) {
            otherwise = List.of(ifStatement());
        } else if (atKeyword("else")) {
            PyToken elseToken = advance();
            expectOp(":");
            otherwise = block(elseToken, "'else' statement");
        }
        return new Stmt.If(condition, then, otherwise, at(keyword));
    }

    private Stmt whileStatement() {
        PyToken keyword = advance();
        Expr condition = headerCondition();
        expectOp(":");
        loopDepth++;
        List<Stmt> body = block(keyword, "'while' statement");
        loopDepth--;
        List<Stmt> orElse = elseClause();
        return new Stmt.While(condition, body, orElse, true, at(keyword));
    }

    private List<Stmt> elseClause() {
        if (atKeyword("else")) {
            PyToken elseToken = advance();
            expectOp(":");
            return block(elseToken, "'else' statement");
        }
        return List.of();
    }

    private Stmt forStatement() {
        PyToken keyword = advance();
        Pattern target = targetPattern();
        if (!acceptKeyword("in")) {
            throw invalidSyntax(peek());
        }
        Expr iterable = starExpressions();
        expectOp(":");
        loopDepth++;
        List<Stmt> body = block(keyword, "'for' statement");
        loopDepth--;
        List<Stmt> orElse = elseClause();
        return new Stmt.For(target, iterable, body, orElse, at(keyword));
    }

    /** A for/comprehension target list up to 'in', as a pattern. */
    private Pattern targetPattern() {
        Position p = at(peek());
        List<Expr> items = new ArrayList<>();
        boolean tuple = false;
        do {
            if (atKeyword("in")) {
                break;
            }
            items.add(atOp("*") ? starred(this::bitwiseOr) : bitwiseOr());
            if (atOp(",")) {
                tuple = true;
            }
        } while (acceptOp(","));
        if (items.isEmpty()) {
            throw invalidSyntax(peek());
        }
        if (!tuple) {
            return toPattern(items.get(0));
        }
        List<Pattern> patterns = new ArrayList<>();
        items.forEach(item -> patterns.add(toPattern(item)));
        return new Pattern.TuplePattern(patterns, p);
    }

    private Pattern toPattern(Expr e) {
        if (e instanceof Expr.Name n) {
            return new Pattern.Bind(n.name(), n.pos());
        }
        if (e instanceof Expr.TupleExpr t) {
            return new Pattern.TuplePattern(t.items().stream().map(this::toPattern).toList(), t.pos());
        }
        if (e instanceof Expr.ListExpr l) {
            return new Pattern.TuplePattern(l.items().stream().map(this::toPattern).toList(), l.pos());
        }
        if (e instanceof Expr.Starred s && s.value() instanceof Expr.Name n) {
            return new Pattern.Rest(n.name(), s.pos());
        }
        if (e instanceof Expr.Select || e instanceof Expr.Index) {
            throw PySyntaxError.syntax("the lab supports only names as loop targets", e.pos().line(),
                    e.pos().column());
        }
        throw PySyntaxError.syntax("cannot assign to " + describe(e), e.pos().line(), e.pos().column());
    }

    private Stmt tryStatement() {
        PyToken keyword = advance();
        expectOp(":");
        Expr body = suiteBlock(block(keyword, "'try' statement"), at(keyword));
        List<MatchCase> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            PyToken except = advance();
            if (atOp("*")) {
                throw error("the lab does not support 'except*'", peek());
            }
            Pattern pattern = new Pattern.Wildcard(at(except));
            if (!atOp(":")) {
                pattern = exceptionPattern(expression());
                if (atOp(",")) {
                    throw error("multiple exception types must be parenthesized", peek());
                }
                if (acceptKeyword("as")) {
                    PyToken nameToken = peek();
                    pattern = new Pattern.As(expectName(), pattern, at(nameToken));
                }
            }
            expectOp(":");
            Expr handlerBody = suiteBlock(block(except, "'except' statement"), at(except));
            handlers.add(new MatchCase(pattern, null, handlerBody, at(except)));
        }
        Expr orElse = null;
        if (atKeyword("else")) {
            if (handlers.isEmpty()) {
                throw invalidSyntax(peek());
            }
            PyToken elseToken = advance();
            expectOp(":");
            orElse = suiteBlock(block(elseToken, "'else' statement"), at(elseToken));
        }
        Expr finallyBody = null;
        if (atKeyword("finally")) {
            PyToken finallyToken = advance();
            expectOp(":");
            finallyBody = suiteBlock(block(finallyToken, "'finally' statement"), at(finallyToken));
        }
        if (handlers.isEmpty() && finallyBody == null) {
            throw error("expected 'except' or 'finally' block", peek());
        }
        Expr.Try tryExpr = new Expr.Try(body, handlers, orElse, finallyBody, at(keyword));
        return new Stmt.ExprStmt(tryExpr, at(keyword));
    }

    private Pattern exceptionPattern(Expr type) {
        if (type instanceof Expr.TupleExpr tuple) {
            List<Pattern> alternatives = new ArrayList<>();
            for (Expr item : tuple.items()) {
                alternatives.add(exceptionPattern(item));
            }
            return new Pattern.Alternatives(alternatives, tuple.pos());
        }
        String name = dottedText(type);
        if (name == null) {
            throw PySyntaxError.syntax("the lab supports only exception class names after 'except'",
                    type.pos().line(), type.pos().column());
        }
        return new Pattern.Typed(new Pattern.Wildcard(type.pos()), name, type.pos());
    }

    private static String dottedText(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Select s) {
            String receiver = dottedText(s.receiver());
            return receiver == null ? null : receiver + "." + s.name();
        }
        return null;
    }

    private static Expr suiteBlock(List<Stmt> statements, Position p) {
        return new Expr.Block(statements, new Expr.Literal(LiteralKind.NONE, null, p), p);
    }

    private Stmt withStatement() {
        PyToken keyword = advance();
        boolean parenthesized = atOp("(") && withItemsParenthesized();
        if (parenthesized) {
            advance();
        }
        List<Stmt> statements = new ArrayList<>();
        do {
            if (parenthesized && atOp(")")) {
                break;
            }
            Position p = at(peek());
            Expr manager = expression();
            if (acceptKeyword("as")) {
                Expr target = checkTarget(bitwiseOrTarget(), "assign");
                statements.add(new Stmt.Assign(List.of(target), manager, p));
            } else {
                statements.add(new Stmt.ExprStmt(manager, p));
            }
        } while (acceptOp(","));
        if (parenthesized) {
            expectOp(")");
        }
        expectOp(":");
        statements.addAll(block(keyword, "'with' statement"));
        return new Stmt.If(new Expr.Literal(LiteralKind.BOOLEAN, Boolean.TRUE, at(keyword)), statements, List.of(),
                at(keyword));
    }

    private Expr bitwiseOrTarget() {
        if (atOp("(")) {
            return primary();
        }
        return bitwiseOr();
    }

    /** {@code with (a as b, c):} rather than {@code with (a):}: look for 'as' at depth one before the ':'. */
    private boolean withItemsParenthesized() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            PyToken t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
                if (depth == 0) {
                    return tokens.get(i + 1).isOp(":") && containsAsAtDepthOne(pos, i);
                }
            }
        }
        return false;
    }

    private boolean containsAsAtDepthOne(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            PyToken t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 1 && t.isKeyword("as")) {
                return true;
            }
        }
        return false;
    }

    private Stmt functionDef(List<Expr> decorators) {
        PyToken keyword = advance();
        PyToken nameToken = peek();
        String name = expectName();
        expectOp("(");
        List<Param> params = parameters(")", true);
        expectOp(")");
        String returnType = null;
        if (acceptOp("->")) {
            int start = pos;
            expression();
            returnType = textOf(start, pos);
        }
        expectOp(":");
        int savedLoops = loopDepth;
        loopDepth = 0;
        functionDepth++;
        List<Stmt> body = block(keyword, "function definition");
        functionDepth--;
        loopDepth = savedLoops;
        return new Stmt.Def(name, params, returnType, suiteBlock(body, at(nameToken)), decorators, at(keyword));
    }

    private Stmt classDef(List<Expr> decorators) {
        PyToken keyword = advance();
        String name = expectName();
        List<Expr> parents = new ArrayList<>();
        if (acceptOp("(")) {
            while (!atOp(")")) {
                if (peek().type() == PyTokenType.NAME && peekAt(1).isOp("=")) {
                    throw error("the lab does not support class keywords such as metaclass=", peek());
                }
                parents.add(expression());
                if (!acceptOp(",")) {
                    break;
                }
            }
            expectOp(")");
        }
        expectOp(":");
        int savedFunctions = functionDepth;
        int savedLoops = loopDepth;
        List<DataclassMethods.Field> savedFields = dataclassFields;
        DataclassMethods.Options dataclass = dataclassOptions(decorators);
        dataclassFields = dataclass == null ? null : new ArrayList<>();
        functionDepth = 0;
        loopDepth = 0;
        List<Stmt> body = block(keyword, "class definition");
        List<DataclassMethods.Field> fields = dataclassFields;
        functionDepth = savedFunctions;
        loopDepth = savedLoops;
        dataclassFields = savedFields;
        if (dataclass != null) {
            body = withDataclassMethods(name, parents, body, fields, dataclass, keyword);
        }
        return new Stmt.ClassDef(ClassKind.PYTHON_CLASS, name, List.of(), parents, false, body, decorators,
                at(keyword));
    }

    private List<Stmt> withDataclassMethods(String name, List<Expr> parents, List<Stmt> body,
            List<DataclassMethods.Field> own, DataclassMethods.Options options, PyToken keyword) {
        List<DataclassMethods.Field> fields = new ArrayList<>();
        for (Expr parent : parents) {
            if (parent instanceof Expr.Name base && dataclasses.containsKey(base.name())) {
                for (DataclassMethods.Field inherited : dataclasses.get(base.name())) {
                    fields.removeIf(f -> f.name().equals(inherited.name()));
                    fields.add(inherited.defaultSource() == null || inherited.factory() ? inherited
                            : new DataclassMethods.Field(inherited.name(), base.name() + "." + inherited.name(),
                                    false));
                }
            }
        }
        for (DataclassMethods.Field field : own) {
            fields.removeIf(f -> f.name().equals(field.name()));
            fields.add(field);
        }
        dataclasses.put(name, fields);
        String misplaced = DataclassMethods.misplacedRequired(fields);
        if (misplaced != null) {
            throw error("non-default argument '" + misplaced + "' follows default argument", keyword);
        }
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (Stmt stmt : body) {
            if (stmt instanceof Stmt.Def def) {
                defined.add(def.name());
            } else if (stmt instanceof Stmt.Assign assign && assign.targets().get(0) instanceof Expr.Name target) {
                defined.add(target.name());
            }
        }
        PyParser generated = new PyParser(PyLexer.tokenizeAt(DataclassMethods.source(fields, options, defined),
                keyword.line()));
        generated.functionDepth = 0;
        List<Stmt> out = new ArrayList<>(body);
        while (generated.peek().type() != PyTokenType.EOF) {
            generated.statement(out);
        }
        return out;
    }

    private String textOf(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            PyToken t = tokens.get(i);
            if (text.length() > 0 && (t.type() == PyTokenType.NAME || t.type() == PyTokenType.KEYWORD)
                    && (tokens.get(i - 1).type() == PyTokenType.NAME || tokens.get(i - 1).type() == PyTokenType.KEYWORD)) {
                text.append(' ');
            }
            text.append(t.text());
            if (t.isOp(",")) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** Parameters of a def ({@code annotations} true) or lambda, up to {@code end}. */
    private List<Param> parameters(String end, boolean annotations) {
        List<Param> params = new ArrayList<>();
        boolean seenDefault = false;
        boolean seenVarargs = false;
        boolean keywordOnly = false;
        while (!atOp(end)) {
            PyToken t = peek();
            if (acceptOp("/")) {
                if (!acceptOp(",")) {
                    break;
                }
                continue;
            }
            ParamKind kind = keywordOnly ? ParamKind.KEYWORD_ONLY : ParamKind.REGULAR;
            if (acceptOp("**")) {
                kind = ParamKind.KWARGS;
            } else if (acceptOp("*")) {
                if (atOp(",") || atOp(end)) {
                    if (!acceptOp(",") || atOp(end) || atOp("**")) {
                        throw error("named arguments must follow bare *", t);
                    }
                    keywordOnly = true;
                    seenVarargs = true;
                    continue;
                }
                kind = ParamKind.VARARGS;
            }
            PyToken nameToken = peek();
            String name = expectName();
            for (Param other : params) {
                if (other.name().equals(name)) {
                    throw error("duplicate argument '" + name + "' in function definition", nameToken);
                }
            }
            String declaredType = null;
            if (annotations && acceptOp(":")) {
                int start = pos;
                expression();
                declaredType = textOf(start, pos);
            }
            Expr defaultValue = null;
            if ((kind == ParamKind.REGULAR || kind == ParamKind.KEYWORD_ONLY) && acceptOp("=")) {
                defaultValue = expression();
                seenDefault = true;
            } else if (kind == ParamKind.REGULAR && seenDefault && !seenVarargs) {
                throw error("non-default argument follows default argument", nameToken);
            }
            if (kind == ParamKind.VARARGS) {
                seenVarargs = true;
            }
            params.add(new Param(name, kind, defaultValue, declaredType, at(nameToken)));
            if (kind == ParamKind.KWARGS && !atOp(end) && !(atOp(",") && peekAt(1).isOp(end))) {
                throw error("arguments cannot follow var-keyword argument", peekAt(1));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return params;
    }

    // ---- expressions

    private static boolean startsExpression(PyToken t) {
        return switch (t.type()) {
            case NAME, NUMBER, STRING, FSTRING, BYTES -> true;
            case KEYWORD -> Set.of("None", "True", "False", "not", "lambda", "await", "yield").contains(t.text());
            case OP -> Set.of("(", "[", "{", "-", "+", "~", "*", "...").contains(t.text());
            default -> false;
        };
    }

    /** Comma-separated expressions (a tuple if there is a comma), each possibly starred. */
    private Expr starExpressions() {
        PyToken first = peek();
        Expr e = atOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            items.add(atOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        return new Expr.TupleExpr(items, at(first));
    }

    private Expr starred(java.util.function.Supplier<Expr> operand) {
        PyToken star = advance();
        return new Expr.Starred(operand.get(), at(star));
    }

    /**
     * {@code name := value} becomes a block that assigns, then reads the name: the value is evaluated once and the
     * name is bound in the enclosing function, as CPython binds it (even inside a comprehension).
     */
    private Expr namedExpression() {
        Expr e = expression();
        if (atOp(":=")) {
            PyToken walrus = advance();
            if (!(e instanceof Expr.Name name)) {
                throw error("cannot use assignment expressions with " + describe(e), walrus);
            }
            Expr value = expression();
            return new Expr.Block(List.of(new Stmt.Assign(List.of(name), value, name.pos())),
                    new Expr.Name(name.name(), name.pos()), name.pos());
        }
        return e;
    }

    private Expr yieldExpression() {
        PyToken keyword = advance();
        if (functionDepth == 0) {
            throw error("'yield' outside function", keyword);
        }
        if (acceptKeyword("from")) {
            return new Expr.Yield(expression(), true, at(keyword));
        }
        Expr value = startsExpression(peek()) ? starExpressions() : null;
        return new Expr.Yield(value, false, at(keyword));
    }

    private Expr expression() {
        enterNested();
        try {
            return conditionalExpression();
        } finally {
            nesting--;
        }
    }

    /** Deeply nested source would overflow the Java stack; CPython stops early too ("too many nested ..."). */
    private void enterNested() {
        if (++nesting > MAX_NESTING) {
            nesting = 0;
            throw error("expression too deeply nested for the lab", peek());
        }
    }

    private Expr conditionalExpression() {
        if (atKeyword("lambda")) {
            return lambda();
        }
        Expr e = disjunction();
        if (atKeyword("if")) {
            PyToken ifToken = advance();
            Expr condition = disjunction();
            if (!acceptKeyword("else")) {
                throw error("expected 'else' after 'if' expression", peek());
            }
            Expr otherwise = expression();
            return new Expr.If(condition, e, otherwise, at(ifToken));
        }
        return e;
    }

    private Expr lambda() {
        PyToken keyword = advance();
        List<Param> params = parameters(":", false);
        expectOp(":");
        int savedFunctions = functionDepth;
        functionDepth = 1;
        Expr body = expression();
        functionDepth = savedFunctions;
        return new Expr.Lambda(params, body, at(keyword));
    }

    private Expr disjunction() {
        Expr e = conjunction();
        while (atKeyword("or")) {
            PyToken op = advance();
            e = new Expr.Logical(e, LogicalOp.OR, conjunction(), at(op));
        }
        return e;
    }

    private Expr conjunction() {
        Expr e = inversion();
        while (atKeyword("and")) {
            PyToken op = advance();
            e = new Expr.Logical(e, LogicalOp.AND, inversion(), at(op));
        }
        return e;
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            PyToken op = advance();
            enterNested();
            Expr operand = inversion();
            nesting--;
            return new Expr.Unary(UnaryOp.NOT, operand, at(op));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr first = bitwiseOr();
        List<Expr> operands = new ArrayList<>();
        List<BinaryOp> ops = new ArrayList<>();
        Position opPosition = null;
        operands.add(first);
        while (true) {
            PyToken t = peek();
            BinaryOp op = comparisonOperator();
            if (op == null) {
                break;
            }
            if (opPosition == null) {
                opPosition = at(t);
            }
            ops.add(op);
            operands.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return first;
        }
        if (ops.size() == 1) {
            return new Expr.Binary(operands.get(0), ops.get(0), operands.get(1), opPosition);
        }
        return new Expr.CompareChain(operands, ops, opPosition);
    }

    private BinaryOp comparisonOperator() {
        PyToken t = peek();
        if (t.type() == PyTokenType.OP) {
            BinaryOp op = switch (t.text()) {
                case "==" -> BinaryOp.EQ;
                case "!=" -> BinaryOp.NE;
                case "<" -> BinaryOp.LT;
                case "<=" -> BinaryOp.LE;
                case ">" -> BinaryOp.GT;
                case ">=" -> BinaryOp.GE;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.isKeyword("in")) {
            advance();
            return BinaryOp.IN;
        }
        if (t.isKeyword("not") && peekAt(1).isKeyword("in")) {
            advance();
            advance();
            return BinaryOp.NOT_IN;
        }
        if (t.isKeyword("is")) {
            advance();
            return acceptKeyword("not") ? BinaryOp.IS_NOT : BinaryOp.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        Expr e = bitwiseXor();
        while (atOp("|")) {
            PyToken op = advance();
            e = new Expr.Binary(e, BinaryOp.BIT_OR, bitwiseXor(), at(op));
        }
        return e;
    }

    private Expr bitwiseXor() {
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            PyToken op = advance();
            e = new Expr.Binary(e, BinaryOp.BIT_XOR, bitwiseAnd(), at(op));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Expr e = shift();
        while (atOp("&")) {
            PyToken op = advance();
            e = new Expr.Binary(e, BinaryOp.BIT_AND, shift(), at(op));
        }
        return e;
    }

    private Expr shift() {
        Expr e = sum();
        while (atOp("<<") || atOp(">>")) {
            PyToken op = advance();
            BinaryOp kind = op.text().equals("<<") ? BinaryOp.SHIFT_LEFT : BinaryOp.SHIFT_RIGHT;
            e = new Expr.Binary(e, kind, sum(), at(op));
        }
        return e;
    }

    private Expr sum() {
        Expr e = term();
        while (atOp("+") || atOp("-")) {
            PyToken op = advance();
            e = new Expr.Binary(e, op.text().equals("+") ? BinaryOp.ADD : BinaryOp.SUB, term(), at(op));
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (true) {
            PyToken t = peek();
            BinaryOp op = switch (t.type() == PyTokenType.OP ? t.text() : "") {
                case "*" -> BinaryOp.MUL;
                case "/" -> BinaryOp.DIV;
                case "//" -> BinaryOp.FLOOR_DIV;
                case "%" -> BinaryOp.MOD;
                case "@" -> BinaryOp.MAT_MUL;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            advance();
            e = new Expr.Binary(e, op, factor(), at(t));
        }
    }

    private Expr factor() {
        PyToken t = peek();
        UnaryOp op = switch (t.type() == PyTokenType.OP ? t.text() : "") {
            case "-" -> UnaryOp.NEGATE;
            case "+" -> UnaryOp.PLUS;
            case "~" -> UnaryOp.BIT_NOT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        advance();
        enterNested();
        Expr operand = factor();
        nesting--;
        return new Expr.Unary(op, operand, at(t));
    }

    private Expr power() {
        if (atKeyword("await")) {
            throw error("the lab does not support 'await'", peek());
        }
        Expr base = primary();
        if (atOp("**")) {
            PyToken op = advance();
            return new Expr.Binary(base, BinaryOp.POW, factor(), at(op));
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            PyToken t = peek();
            if (t.isOp(".")) {
                advance();
                PyToken nameToken = peek();
                String name = expectName();
                if (atOp("(")) {
                    advance();
                    List<Arg> args = arguments();
                    expectOp(")");
                    e = new Expr.MethodCall(e, name, List.of(), args, at(nameToken));
                } else {
                    e = new Expr.Select(e, name, at(nameToken));
                }
            } else if (t.isOp("(")) {
                advance();
                List<Arg> args = arguments();
                expectOp(")");
                e = new Expr.Call(e, List.of(), args, e.pos());
            } else if (t.isOp("[")) {
                advance();
                Expr index = subscript();
                expectOp("]");
                e = new Expr.Index(e, index, at(t));
            } else {
                return e;
            }
        }
    }

    private Expr subscript() {
        PyToken first = peek();
        Expr item = sliceItem();
        if (!atOp(",")) {
            return item;
        }
        List<Expr> items = new ArrayList<>();
        items.add(item);
        while (acceptOp(",") && !atOp("]")) {
            items.add(sliceItem());
        }
        return new Expr.TupleExpr(items, at(first));
    }

    private Expr sliceItem() {
        PyToken first = peek();
        Expr lower = atOp(":") ? null : namedExpression();
        if (!atOp(":")) {
            if (lower == null) {
                throw invalidSyntax(peek());
            }
            return lower;
        }
        advance();
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, at(first));
    }

    private List<Arg> arguments() {
        List<Arg> args = new ArrayList<>();
        boolean seenKeyword = false;
        boolean seenKeywordSpread = false;
        while (!atOp(")")) {
            PyToken t = peek();
            if (acceptOp("**")) {
                args.add(new Arg(ArgKind.KEYWORD_SPREAD, null, expression(), at(t)));
                seenKeywordSpread = true;
            } else if (acceptOp("*")) {
                if (seenKeywordSpread) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", t);
                }
                args.add(new Arg(ArgKind.SPREAD, null, expression(), at(t)));
            } else if (t.type() == PyTokenType.NAME && peekAt(1).isOp("=")) {
                advance();
                advance();
                for (Arg other : args) {
                    if (t.text().equals(other.keyword())) {
                        throw error("keyword argument repeated: " + t.text(), t);
                    }
                }
                args.add(Arg.keyword(t.text(), expression(), at(t)));
                seenKeyword = true;
            } else {
                Expr value = namedExpression();
                if (atKeyword("for")) {
                    value = comprehension(ComprehensionKind.GENERATOR, value, null, at(t));
                    if (!args.isEmpty() || atOp(",") && !peekAt(1).isOp(")")) {
                        throw PySyntaxError.syntax("Generator expression must be parenthesized", t.line(),
                                t.column());
                    }
                }
                if (atOp("=")) {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", t);
                }
                if (seenKeywordSpread) {
                    throw error("positional argument follows keyword argument unpacking", t);
                }
                if (seenKeyword) {
                    throw error("positional argument follows keyword argument", peek());
                }
                args.add(Arg.positional(value));
            }
            if (!acceptOp(",")) {
                if (!atOp(")") && startsExpression(peek())) {
                    throw error("invalid syntax. Perhaps you forgot a comma?", t);
                }
                break;
            }
        }
        return args;
    }

    private Expr atom() {
        PyToken t = peek();
        Position p = at(t);
        switch (t.type()) {
            case NAME -> {
                advance();
                return new Expr.Name(t.text(), p);
            }
            case NUMBER -> {
                advance();
                LiteralKind kind = t.value() instanceof Double ? LiteralKind.FLOAT : LiteralKind.INT;
                return new Expr.Literal(kind, t.value(), p);
            }
            case STRING, FSTRING, BYTES -> {
                return strings();
            }
            case KEYWORD -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Expr.Literal(LiteralKind.NONE, null, p);
                    }
                    case "True", "False" -> {
                        advance();
                        return new Expr.Literal(LiteralKind.BOOLEAN, t.text().equals("True"), p);
                    }
                    case "lambda" -> {
                        return lambda();
                    }
                    default -> throw invalidSyntax(t);
                }
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.Name("Ellipsis", p);
                    }
                    default -> throw invalidSyntax(t);
                }
            }
            default -> throw invalidSyntax(t);
        }
    }

    private Expr parenthesized() {
        PyToken open = advance();
        Position p = at(open);
        if (acceptOp(")")) {
            return new Expr.TupleExpr(List.of(), p);
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpression();
            expectOp(")");
            return y;
        }
        Expr first = atOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (atKeyword("for")) {
            Expr generator = comprehension(ComprehensionKind.GENERATOR, first, null, p);
            expectOp(")");
            return generator;
        }
        if (acceptOp(")")) {
            if (first instanceof Expr.Starred) {
                throw PySyntaxError.syntax("cannot use starred expression here", first.pos().line(),
                        first.pos().column());
            }
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) {
                break;
            }
            items.add(atOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        closeDisplay(")", items.get(items.size() - 1));
        return new Expr.TupleExpr(items, p);
    }

    private void closeDisplay(String close, Expr last) {
        if (atOp(close)) {
            advance();
            return;
        }
        if (startsExpression(peek()) && last != null) {
            Position start = startOf(last);
            throw PySyntaxError.syntax("invalid syntax. Perhaps you forgot a comma?", start.line(), start.column());
        }
        throw invalidSyntax(peek());
    }

    private Expr listDisplay() {
        PyToken open = advance();
        Position p = at(open);
        List<Expr> items = new ArrayList<>();
        if (acceptOp("]")) {
            return new Expr.ListExpr(items, p);
        }
        Expr first = atOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (atKeyword("for")) {
            Expr comprehension = comprehension(ComprehensionKind.LIST, first, null, p);
            expectOp("]");
            return comprehension;
        }
        items.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            items.add(atOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        closeDisplay("]", items.get(items.size() - 1));
        return new Expr.ListExpr(items, p);
    }

    private Expr braceDisplay() {
        PyToken open = advance();
        Position p = at(open);
        if (acceptOp("}")) {
            return new Expr.DictExpr(List.of(), p);
        }
        if (atOp("**")) {
            return dictDisplay(p, null, null);
        }
        Expr first = atOp("*") ? starred(this::bitwiseOr) : namedExpression();
        if (acceptOp(":")) {
            Expr value = expression();
            if (atKeyword("for")) {
                Expr comprehension = comprehension(ComprehensionKind.DICT, first, value, p);
                expectOp("}");
                return comprehension;
            }
            return dictDisplay(p, first, value);
        }
        if (atKeyword("for")) {
            Expr comprehension = comprehension(ComprehensionKind.SET, first, null, p);
            expectOp("}");
            return comprehension;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            items.add(atOp("*") ? starred(this::bitwiseOr) : namedExpression());
        }
        closeDisplay("}", items.get(items.size() - 1));
        if (items.size() > 2 && items.stream().allMatch(PyParser::isConstant)) {
            return new Expr.Call(new Expr.Name(CONSTANT_SET, p), List.of(), List.of(Arg.positional(
                    new Expr.TupleExpr(items, p))), p);
        }
        return new Expr.SetExpr(items, p);
    }

    /** What CPython's compiler folds to a constant: literals, signed numbers, tuples of constants. */
    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Literal) {
            return true;
        }
        if (e instanceof Expr.Unary u && (u.op() == UnaryOp.NEGATE || u.op() == UnaryOp.PLUS)) {
            return u.operand() instanceof Expr.Literal l
                    && (l.kind() == LiteralKind.INT || l.kind() == LiteralKind.FLOAT);
        }
        return e instanceof Expr.TupleExpr t && t.items().stream().allMatch(PyParser::isConstant);
    }

    private Expr dictDisplay(Position p, Expr firstKey, Expr firstValue) {
        List<DictEntry> entries = new ArrayList<>();
        if (firstKey != null) {
            entries.add(new DictEntry(firstKey, firstValue, firstKey.pos()));
            if (!acceptOp(",")) {
                closeDisplay("}", firstValue);
                return new Expr.DictExpr(entries, p);
            }
        }
        while (!atOp("}")) {
            PyToken t = peek();
            if (acceptOp("**")) {
                entries.add(new DictEntry(null, bitwiseOr(), at(t)));
            } else {
                Expr key = expression();
                if (!atOp(":")) {
                    PyToken end = previousEnd();
                    throw PySyntaxError.syntax("':' expected after dictionary key", end.line(), end.column() - 1);
                }
                advance();
                entries.add(new DictEntry(key, expression(), key.pos()));
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        closeDisplay("}", null);
        return new Expr.DictExpr(entries, p);
    }

    private Expr comprehension(ComprehensionKind kind, Expr element, Expr value, Position p) {
        if (element instanceof Expr.Starred) {
            throw PySyntaxError.syntax("iterable unpacking cannot be used in comprehension", element.pos().line(),
                    element.pos().column());
        }
        List<ComprehensionClause> clauses = new ArrayList<>();
        while (atKeyword("for") || atKeyword("if")) {
            PyToken t = advance();
            if (t.text().equals("for")) {
                Pattern target = targetPattern();
                if (!acceptKeyword("in")) {
                    throw invalidSyntax(peek());
                }
                clauses.add(new ComprehensionClause.For(target, disjunction(), at(t)));
            } else {
                clauses.add(new ComprehensionClause.If(disjunction(), at(t)));
            }
        }
        return new Expr.Comprehension(kind, element, value, clauses, p);
    }

    // ---- strings

    private Expr strings() {
        PyToken first = peek();
        Position p = at(first);
        List<PyToken> pieces = new ArrayList<>();
        boolean formatted = false;
        int bytes = 0;
        while (peek().type() == PyTokenType.STRING || peek().type() == PyTokenType.FSTRING
                || peek().type() == PyTokenType.BYTES) {
            PyToken t = advance();
            formatted |= t.type() == PyTokenType.FSTRING;
            bytes += t.type() == PyTokenType.BYTES ? 1 : 0;
            pieces.add(t);
        }
        if (bytes > 0) {
            if (bytes < pieces.size()) {
                throw PySyntaxError.syntax("cannot mix bytes and nonbytes literals", first.line(), first.column());
            }
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            pieces.forEach(t -> joined.writeBytes((byte[]) t.value()));
            return new Expr.Literal(LiteralKind.BYTES, joined.toByteArray(), p);
        }
        if (!formatted) {
            StringBuilder text = new StringBuilder();
            pieces.forEach(t -> text.append((String) t.value()));
            return new Expr.Literal(LiteralKind.STRING, text.toString(), p);
        }
        List<dev.streamlab.lang.ast.InterpolationPart> parts = new ArrayList<>();
        for (PyToken t : pieces) {
            if (t.type() == PyTokenType.STRING) {
                addText(parts, (String) t.value(), at(t));
            } else {
                @SuppressWarnings("unchecked")
                List<FStringPart> fParts = (List<FStringPart>) t.value();
                addFStringParts(parts, fParts, at(t));
            }
        }
        return new Expr.Interpolation(dev.streamlab.lang.ast.InterpolationKind.PYTHON_F, parts, p);
    }

    private static void addText(List<dev.streamlab.lang.ast.InterpolationPart> parts, String text, Position p) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof dev.streamlab.lang.ast.InterpolationPart.Text previous) {
            parts.set(last, new dev.streamlab.lang.ast.InterpolationPart.Text(previous.text() + text,
                    previous.pos()));
        } else {
            parts.add(new dev.streamlab.lang.ast.InterpolationPart.Text(text, p));
        }
    }

    private static void addFStringParts(List<dev.streamlab.lang.ast.InterpolationPart> parts,
            List<FStringPart> fParts, Position p) {
        for (FStringPart part : fParts) {
            if (part instanceof FStringPart.Text text) {
                addText(parts, text.text(), p);
                continue;
            }
            FStringPart.Field field = (FStringPart.Field) part;
            Position fieldPosition = new Position(field.line(), field.column());
            if (field.debugText() != null) {
                addText(parts, field.debugText(), fieldPosition);
            }
            Expr value = parseFieldExpression(field.source(), field.line(), field.column());
            parts.add(hole(value, field, fieldPosition));
        }
    }

    private static dev.streamlab.lang.ast.InterpolationPart hole(Expr value, FStringPart.Field field, Position p) {
        boolean plainSpec = field.spec().stream().allMatch(s -> s instanceof FStringPart.Text);
        if (plainSpec) {
            StringBuilder spec = new StringBuilder();
            field.spec().forEach(s -> spec.append(((FStringPart.Text) s).text()));
            String format = spec.length() == 0 ? null : spec.toString();
            return new dev.streamlab.lang.ast.InterpolationPart.Hole(value, format, field.conversion(), p);
        }
        Expr converted = value;
        if (field.conversion() != 0) {
            String function = switch (field.conversion()) {
                case 'r' -> "repr";
                case 'a' -> "ascii";
                default -> "str";
            };
            converted = new Expr.Call(new Expr.Name(function, p), List.of(), List.of(Arg.positional(value)), p);
        }
        List<dev.streamlab.lang.ast.InterpolationPart> specParts = new ArrayList<>();
        addFStringParts(specParts, field.spec(), p);
        Expr spec = new Expr.Interpolation(dev.streamlab.lang.ast.InterpolationKind.PYTHON_F, specParts, p);
        Expr formatted = new Expr.Call(new Expr.Name("format", p), List.of(),
                List.of(Arg.positional(converted), Arg.positional(spec)), p);
        return new dev.streamlab.lang.ast.InterpolationPart.Hole(formatted, null, (char) 0, p);
    }
}
