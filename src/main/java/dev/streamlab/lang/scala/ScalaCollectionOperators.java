package dev.streamlab.lang.scala;

import dev.streamlab.lang.ast.BinaryOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators Scala's sets and maps define as methods and lessons write infix: {@code set + x}, {@code set - x},
 * {@code map - key}, {@code a & b}, {@code a | b}. A new collection of the receiver's kind; the receiver is not
 * changed (Scala's mutable sets and maps also return a copy for these operators). Null when the operands are not a
 * set or map with an element, so the caller goes on with the numeric meaning.
 */
final class ScalaCollectionOperators {

    private ScalaCollectionOperators() {
    }

    static Object apply(BinaryOp op, Object left, Object right) {
        if (left instanceof ScalaSet set) {
            List<Object> items = new ArrayList<>(set);
            switch (op) {
                case ADD -> items.add(right);
                case SUB -> items.removeIf(item -> ScalaOperators.equal(item, right));
                case BIT_AND -> items.retainAll(ScalaCollections.items(right));
                case BIT_OR -> items.addAll(ScalaCollections.items(right));
                default -> {
                    return null;
                }
            }
            return ScalaSet.of(set.isMutable(), items);
        }
        if (left instanceof ScalaMap map && op == BinaryOp.SUB) {
            Map<Object, Object> entries = new LinkedHashMap<>(map);
            entries.remove(right);
            return ScalaMap.of(map.isMutable(), entries);
        }
        return null;
    }
}
