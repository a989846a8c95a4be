package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.ClassKind;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.ImportedName;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads statement sequences (the program, blocks, template bodies) and definitions: {@code package},
 * {@code import}, {@code val}/{@code var}, {@code def}, {@code class}/{@code object}/{@code trait}. Modifiers and
 * annotations are accepted and dropped: they do not change what a lab program computes.
 */
final class StatementParser {

    private final TokenCursor cursor;
    private final TypeParser types;
    private final PatternParser patterns;
    private final ExpressionParser expressions;
    private boolean lazyModifier;
    private boolean implicitModifier;

    private StatementParser(TokenCursor cursor, FreshNames names, DefSignatures signatures) {
        this.cursor = cursor;
        this.types = new TypeParser(cursor);
        this.patterns = new PatternParser(cursor, types);
        this.expressions = new ExpressionParser(cursor, types, patterns, this, names, signatures);
    }

    static StatementParser over(TokenCursor cursor, FreshNames names, DefSignatures signatures) {
        return new StatementParser(cursor, names, signatures);
    }

    ExpressionParser expressions() {
        return expressions;
    }

    List<Stmt> program() {
        List<Stmt> statements = new ArrayList<>();
        while (true) {
            while (cursor.accept(TokenKind.SEMICOLON)) {
                continue;
            }
            if (cursor.at(TokenKind.END_OF_INPUT)) {
                return statements;
            }
            if (cursor.at(TokenKind.RIGHT_BRACE)) {
                throw cursor.error(cursor.current(), "scala.syntax.unmatchedBrace");
            }
            statement(statements);
            endOfStatement();
        }
    }

    /** Statements up to the closing brace, the end of input, or the next {@code case} clause. */
    List<Stmt> blockStatements() {
        List<Stmt> statements = new ArrayList<>();
        while (true) {
            while (cursor.accept(TokenKind.SEMICOLON)) {
                continue;
            }
            if (atBlockEnd()) {
                return statements;
            }
            statement(statements);
            endOfStatement();
        }
    }

    private boolean atBlockEnd() {
        return cursor.at(TokenKind.RIGHT_BRACE) || cursor.at(TokenKind.END_OF_INPUT)
                || cursor.at(TokenKind.CASE) && !cursor.peek(1).is(TokenKind.CLASS)
                        && !cursor.peek(1).is(TokenKind.OBJECT);
    }

    private void endOfStatement() {
        if (atBlockEnd() || cursor.current().followsNewline()) {
            return;
        }
        if (!cursor.accept(TokenKind.SEMICOLON)) {
            Token token = cursor.current();
            throw cursor.unexpected("scala.syntax.expected.statementEnd");
        }
    }

    private void statement(List<Stmt> out) {
        lazyModifier = false;
        implicitModifier = false;
        boolean modified = skipModifiers();
        switch (cursor.current().kind()) {
            case PACKAGE -> packageClause(out);
            case IMPORT -> imports(out);
            case VAL, VAR -> {
                boolean implicit = implicitModifier;
                int first = out.size();
                if (lazyModifier) {
                    lazyDefinition(out);
                } else {
                    valDefinitions(out);
                }
                if (implicit) {
                    ImplicitOrderings.registerVals(out, first);
                }
            }
            case DEF -> {
                boolean implicit = implicitModifier;
                out.add(definition());
                if (implicit) {
                    ImplicitOrderings.registerVals(out, out.size() - 1);
                }
            }
            case TYPE -> typeAlias();
            case CLASS, OBJECT, TRAIT, CASE -> {
                boolean implicit = implicitModifier;
                Stmt definition = classDefinition();
                out.add(definition);
                if (implicit) {
                    ImplicitOrderings.registerObject(out, (Stmt.ClassDef) definition);
                }
            }
            default -> {
                if (modified) {
                    throw cursor.unexpected("scala.syntax.expected.definition");
                }
                out.add(expressions.statementExpr());
            }
        }
    }

    private boolean skipModifiers() {
        boolean skipped = false;
        while (true) {
            switch (cursor.current().kind()) {
                case AT -> annotation();
                case LAZY -> {
                    lazyModifier = true;
                    cursor.advance();
                }
                case IMPLICIT -> {
                    implicitModifier = true;
                    cursor.advance();
                }
                case ABSTRACT, FINAL, SEALED, OVERRIDE -> cursor.advance();
                case PRIVATE, PROTECTED -> {
                    cursor.advance();
                    if (cursor.at(TokenKind.LEFT_BRACKET)) {
                        types.skipTypeParameters();
                    }
                }
                default -> {
                    return skipped;
                }
            }
            skipped = true;
        }
    }

    private void annotation() {
        cursor.advance();
        cursor.expectIdentifier("scala.syntax.expected.annotationName");
        while (cursor.at(TokenKind.DOT) && cursor.peek(1).is(TokenKind.IDENTIFIER)) {
            cursor.advance();
            cursor.advance();
        }
        if (cursor.at(TokenKind.LEFT_BRACKET)) {
            types.typeArguments();
        }
        if (cursor.at(TokenKind.LEFT_PAREN) && !cursor.current().followsNewline()) {
            expressions.arguments();
        }
    }

    private void packageClause(List<Stmt> out) {
        Position pos = TokenCursor.positionOf(cursor.advance());
        if (cursor.at(TokenKind.OBJECT)) {
            out.add(classDefinition());
            return;
        }
        List<String> path = qualifiedName("scala.syntax.expected.packageName");
        out.add(new Stmt.Package(path, pos));
        if (cursor.at(TokenKind.LEFT_BRACE)) {
            cursor.advance();
            out.addAll(blockStatements());
            cursor.expect(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.package");
        }
    }

    private List<String> qualifiedName(String key) {
        List<String> path = new ArrayList<>();
        path.add(cursor.expectIdentifier(key));
        while (cursor.at(TokenKind.DOT) && cursor.peek(1).is(TokenKind.IDENTIFIER)) {
            cursor.advance();
            path.add(cursor.advance().text());
        }
        return path;
    }

    private void imports(List<Stmt> out) {
        cursor.advance();
        do {
            out.add(importExpression());
        } while (cursor.accept(TokenKind.COMMA));
    }

    private Stmt importExpression() {
        Position pos = cursor.position();
        List<String> path = new ArrayList<>();
        Token first = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.importPath");
        ImportedName last = new ImportedName(first.text(), null, TokenCursor.positionOf(first));
        while (cursor.accept(TokenKind.DOT)) {
            if (cursor.at(TokenKind.UNDERSCORE)) {
                cursor.advance();
                path.add(last.name());
                return new Stmt.Import(path, List.of(), true, pos);
            }
            if (cursor.at(TokenKind.LEFT_BRACE)) {
                path.add(last.name());
                return selectors(path, pos);
            }
            path.add(last.name());
            Token member = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.importMember");
            last = new ImportedName(member.text(), null, TokenCursor.positionOf(member));
        }
        return new Stmt.Import(path, List.of(last), false, pos);
    }

    private Stmt selectors(List<String> path, Position pos) {
        cursor.advance();
        List<ImportedName> names = new ArrayList<>();
        boolean wildcard = false;
        do {
            if (cursor.accept(TokenKind.UNDERSCORE)) {
                wildcard = true;
                continue;
            }
            Token name = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.importSelector");
            String alias = null;
            if (cursor.accept(TokenKind.ARROW)) {
                alias = cursor.accept(TokenKind.UNDERSCORE) ? "_" : cursor.expectIdentifier("scala.syntax.expected.newName");
            }
            names.add(new ImportedName(name.text(), alias, TokenCursor.positionOf(name)));
        } while (cursor.accept(TokenKind.COMMA));
        cursor.expect(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.importSelectors");
        return new Stmt.Import(path, names, wildcard, pos);
    }

    private void valDefinitions(List<Stmt> out) {
        Position pos = cursor.position();
        boolean mutable = cursor.advance().is(TokenKind.VAR);
        List<Pattern> targets = new ArrayList<>();
        do {
            targets.add(valTarget());
        } while (cursor.accept(TokenKind.COMMA));
        String declaredType = cursor.accept(TokenKind.COLON) ? types.type() : null;
        if (!cursor.accept(TokenKind.EQUALS)) {
            if (declaredType == null) {
                throw cursor.unexpected("scala.syntax.expected.valEquals");
            }
            targets.forEach(target -> out.add(new Stmt.ValDef(target, mutable, declaredType,
                    new Expr.Name("???", pos), pos)));
            return;
        }
        int valueStart = cursor.mark();
        for (Pattern target : targets) {
            cursor.reset(valueStart);
            out.add(new Stmt.ValDef(target, mutable, declaredType, valValue(mutable, declaredType), pos));
        }
    }

    /** {@code lazy val x: T = e}, whose {@code e} runs on the first read of {@code x} ({@link LazyVals}). */
    private void lazyDefinition(List<Stmt> out) {
        Position pos = cursor.position();
        if (cursor.advance().is(TokenKind.VAR)) {
            throw cursor.error(cursor.previous(), "scala.syntax.lazyVar");
        }
        Token name = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.valName");
        String declaredType = cursor.accept(TokenKind.COLON) ? types.type() : null;
        cursor.expect(TokenKind.EQUALS, "scala.syntax.expected.valEquals");
        out.addAll(LazyVals.lower(name.text(), declaredType, expressions.expr(), pos));
    }

    /**
     * The right-hand side; read once per name of {@code val a, b = e}, since Scala evaluates {@code e} for each
     * and every use needs its own nodes.
     */
    private Expr valValue(boolean mutable, String declaredType) {
        boolean defaultValue = mutable && cursor.at(TokenKind.UNDERSCORE)
                && (cursor.peek(1).followsNewline() || cursor.peek(1).is(TokenKind.SEMICOLON)
                        || cursor.peek(1).is(TokenKind.RIGHT_BRACE) || cursor.peek(1).is(TokenKind.END_OF_INPUT));
        if (defaultValue) {
            Expr value = Literals.defaultValue(declaredType, cursor.position());
            cursor.advance();
            return value;
        }
        return expressions.expr();
    }

    private Pattern valTarget() {
        Token token = cursor.current();
        if (token.is(TokenKind.IDENTIFIER) && !token.isSymbolicIdentifier()
                && (cursor.peek(1).is(TokenKind.COLON) || cursor.peek(1).is(TokenKind.EQUALS)
                        || cursor.peek(1).is(TokenKind.COMMA))) {
            cursor.advance();
            return new Pattern.Bind(token.text(), TokenCursor.positionOf(token));
        }
        if (!token.is(TokenKind.IDENTIFIER) && !token.is(TokenKind.LEFT_PAREN) && !token.is(TokenKind.UNDERSCORE)) {
            throw cursor.unexpected("scala.syntax.expected.valName");
        }
        return patterns.pattern1();
    }

    private Stmt definition() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Token nameToken = cursor.current();
        if (nameToken.is(TokenKind.THIS)) {
            throw cursor.error(nameToken, "scala.syntax.auxiliaryConstructor");
        }
        String name = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.defName").text();
        types.skipTypeParameters();
        List<List<Param>> clauses = new ArrayList<>();
        List<Param> implicits = List.of();
        while (cursor.at(TokenKind.LEFT_PAREN)) {
            Token open = cursor.current();
            if (!implicits.isEmpty()) {
                throw cursor.error(open, "scala.syntax.afterImplicitParameters");
            }
            boolean implicit = cursor.peek(1).is(TokenKind.IMPLICIT);
            List<Param> clause = parameterClause();
            if (implicit) {
                implicits = ImplicitParameters.withDefaults(clause);
            } else {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty() && !implicits.isEmpty()) {
            clauses.add(new ArrayList<>());
        }
        if (!clauses.isEmpty()) {
            List<Param> last = new ArrayList<>(clauses.get(clauses.size() - 1));
            last.addAll(implicits);
            clauses.set(clauses.size() - 1, last);
        }
        String declaredType = cursor.accept(TokenKind.COLON) ? types.type() : null;
        String returnType = declaredType;
        Set<String> byName = new HashSet<>();
        clauses.forEach(clause -> clause.stream().filter(p -> p.declaredType() != null
                && p.declaredType().startsWith("=>")).forEach(p -> byName.add(p.name())));
        Expr body;
        if (cursor.accept(TokenKind.EQUALS)) {
            body = expressions.defBody(byName, expressions::expr);
        } else if (cursor.at(TokenKind.LEFT_BRACE)) {
            returnType = "Unit";
            body = expressions.defBody(byName, expressions::blockExpr);
        } else {
            body = new Expr.Name("???", pos);
        }
        for (int i = clauses.size() - 1; i > 0; i--) {
            body = new Expr.Lambda(clauses.get(i), body, pos);
            returnType = null;
        }
        return new Stmt.Def(name, clauses.isEmpty() ? List.of() : clauses.get(0), returnType, body, List.of(), pos);
    }

    /** One parenthesised parameter list, perhaps {@code implicit}. */
    private List<Param> parameterClause() {
        cursor.advance();
        cursor.accept(TokenKind.IMPLICIT);
        List<Param> params = new ArrayList<>();
        if (!cursor.at(TokenKind.RIGHT_PAREN)) {
            do {
                params.add(parameter());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expect(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.parameters");
        return params;
    }

    private Param parameter() {
        skipModifiers();
        if (cursor.at(TokenKind.VAL) || cursor.at(TokenKind.VAR)) {
            cursor.advance();
        }
        Position pos = cursor.position();
        String name = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.parameterName").text();
        if (!cursor.accept(TokenKind.COLON)) {
            throw cursor.unexpected("scala.syntax.expected.parameterType", name);
        }
        String type = types.parameterType();
        ParamKind kind = type.endsWith("*") && !type.startsWith("=>") ? ParamKind.VARARGS : ParamKind.REGULAR;
        Expr defaultValue = cursor.accept(TokenKind.EQUALS) ? expressions.expr() : null;
        return new Param(name, kind, defaultValue, type, pos);
    }

    private void typeAlias() {
        cursor.advance();
        cursor.expectIdentifier("scala.syntax.expected.typeName");
        types.skipTypeParameters();
        if (cursor.accept(TokenKind.EQUALS)) {
            types.type();
        } else if (cursor.at(TokenKind.SUBTYPE) || cursor.at(TokenKind.SUPERTYPE)) {
            cursor.advance();
            types.type();
        }
    }

    private Stmt classDefinition() {
        Position pos = cursor.position();
        ClassKind kind = classKind();
        String name = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.className.definition")
                .text();
        types.skipTypeParameters();
        List<Param> params = new ArrayList<>();
        if (kind == ClassKind.CLASS || kind == ClassKind.CASE_CLASS) {
            skipModifiers();
            boolean first = true;
            while (cursor.at(TokenKind.LEFT_PAREN) && !cursor.atNewlineSeparator()) {
                Token open = cursor.current();
                boolean implicit = cursor.peek(1).is(TokenKind.IMPLICIT);
                List<Param> clause = parameterClause();
                if (first && !implicit) {
                    params.addAll(clause);
                } else if (!first && !implicit) {
                    throw cursor.error(open, "scala.syntax.curriedParameterLists", "class");
                }
                first = false;
            }
        }
        List<Expr> parents = new ArrayList<>();
        if (cursor.accept(TokenKind.EXTENDS)) {
            parents.add(parent());
            while (cursor.accept(TokenKind.WITH)) {
                parents.add(parent());
            }
        }
        boolean extendsApp = parents.stream().anyMatch(StatementParser::isApp);
        List<Stmt> body = cursor.at(TokenKind.LEFT_BRACE) ? templateBody() : List.of();
        return new Stmt.ClassDef(kind, name, params, parents, extendsApp, body, List.of(), pos);
    }

    private ClassKind classKind() {
        Token token = cursor.advance();
        return switch (token.kind()) {
            case CLASS -> ClassKind.CLASS;
            case OBJECT -> ClassKind.OBJECT;
            case TRAIT -> ClassKind.TRAIT;
            default -> {
                if (cursor.accept(TokenKind.CLASS)) {
                    yield ClassKind.CASE_CLASS;
                }
                if (cursor.accept(TokenKind.OBJECT)) {
                    yield ClassKind.CASE_OBJECT;
                }
                throw cursor.error(token, "scala.syntax.strayCase");
            }
        };
    }

    private static boolean isApp(Expr parent) {
        return parent instanceof Expr.Name name && name.name().equals("App")
                || parent instanceof Expr.Select select && select.name().equals("App");
    }

    private Expr parent() {
        Position pos = cursor.position();
        Expr path = new Expr.Name(cursor.expectIdentifier("scala.syntax.expected.parentName"), pos);
        while (cursor.at(TokenKind.DOT) && cursor.peek(1).is(TokenKind.IDENTIFIER)) {
            cursor.advance();
            Token member = cursor.advance();
            path = new Expr.Select(path, member.text(), TokenCursor.positionOf(member));
        }
        if (cursor.at(TokenKind.LEFT_BRACKET)) {
            types.typeArguments();
        }
        if (cursor.at(TokenKind.LEFT_PAREN) && !cursor.atNewlineSeparator()) {
            return new Expr.Call(path, expressions.arguments(), pos);
        }
        return path;
    }

    private List<Stmt> templateBody() {
        Token open = cursor.advance();
        if (cursor.at(TokenKind.IDENTIFIER) && cursor.peek(1).is(TokenKind.ARROW)) {
            cursor.advance();
            cursor.advance();
        }
        List<Stmt> body = blockStatements();
        cursor.expectClosing(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.body", open);
        return body;
    }
}
