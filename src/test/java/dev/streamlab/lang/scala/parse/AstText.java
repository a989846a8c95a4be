package dev.streamlab.lang.scala.parse;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints AST nodes as compact S-expressions without positions, e.g. {@code (MethodCall (Name xs) map [] [...])},
 * so that parser tests can state the expected tree on one line.
 */
final class AstText {

    private AstText() {
    }

    static String of(Object node) {
        if (node == null) {
            return "null";
        }
        if (node instanceof List<?> list) {
            return list.stream().map(AstText::of).collect(Collectors.joining(" ", "[", "]"));
        }
        if (node instanceof String text) {
            return '"' + text + '"';
        }
        if (node instanceof Character c) {
            return "'" + c + "'";
        }
        if (!node.getClass().isRecord()) {
            return String.valueOf(node);
        }
        StringBuilder out = new StringBuilder("(").append(node.getClass().getSimpleName());
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            if (component.getName().equals("pos")) {
                continue;
            }
            try {
                out.append(' ').append(of(component.getAccessor().invoke(node)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.append(')').toString();
    }
}
