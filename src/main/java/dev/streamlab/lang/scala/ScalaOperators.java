package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.UnaryOp;
import dev.streamlab.lang.runtime.BinaryOperation;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.UnaryOperation;
import java.util.Objects;

/**
 * Scala's operators with JVM semantics: 32-bit Int arithmetic that wraps, integer division and remainder that
 * throw {@code java.lang.ArithmeticException: / by zero}, numeric promotion, {@code +} concatenating strings,
 * {@code ==} comparing numbers by value across types.
 */
final class ScalaOperators {

    private ScalaOperators() {
    }

    static BinaryOperation binary(BinaryOp op) {
        return switch (op) {
            case ADD -> ScalaOperators::add;
            case SUB -> (l, r) -> {
                Object collection = ScalaCollectionOperators.apply(op, l, r);
                return collection != null ? collection : arithmetic(op, l, r);
            };
            case MUL -> ScalaOperators::multiply;
            case DIV, MOD -> (l, r) -> arithmetic(op, l, r);
            case EQ -> (l, r) -> equal(l, r);
            case NE -> (l, r) -> !equal(l, r);
            case LT -> (l, r) -> compare(op, l, r) < 0;
            case LE -> (l, r) -> compare(op, l, r) <= 0;
            case GT -> (l, r) -> compare(op, l, r) > 0;
            case GE -> (l, r) -> compare(op, l, r) >= 0;
            case BIT_AND, BIT_OR, BIT_XOR -> (l, r) -> bitwise(op, l, r);
            case SHIFT_LEFT, SHIFT_RIGHT, UNSIGNED_SHIFT_RIGHT -> (l, r) -> shift(op, l, r);
            default -> (l, r) -> {
                throw notMember(op.symbol(), l);
            };
        };
    }

    static UnaryOperation unary(UnaryOp op) {
        return switch (op) {
            case NEGATE -> ScalaOperators::negate;
            case PLUS -> v -> {
                if (!ScalaNumbers.isNumber(v)) {
                    throw notMember("unary_+", v);
                }
                return v instanceof Character c ? (int) c : v;
            };
            case NOT -> v -> {
                if (v instanceof Boolean b) {
                    return !b;
                }
                throw notMember("unary_!", v);
            };
            case BIT_NOT -> v -> {
                if (v instanceof Long l) {
                    return ~l;
                }
                if (v instanceof java.math.BigInteger big) {
                    return big.not();
                }
                if (ScalaNumbers.rank(v) == ScalaNumbers.INT) {
                    return ~ScalaNumbers.toInt(v);
                }
                throw notMember("unary_~", v);
            };
        };
    }

    static LangException notMember(String member, Object value) {
        String unavailable = ScalaLibrarySurface.unavailableMember(value, member);
        if (unavailable != null) {
            return new LangException("lang.scala.unavailable", null, unavailable);
        }
        return new LangException("lang.scala.notMember", null, member, ScalaTypes.name(value));
    }

    static Object add(Object l, Object r) {
        if (l instanceof Integer a && r instanceof Integer b) {
            return a + b;
        }
        if (l instanceof String s) {
            String joined = s + ScalaPrinter.show(r);
            Budget.checkSize(joined.length());
            return joined;
        }
        if (l instanceof ScalaSet) {
            return ScalaCollectionOperators.apply(BinaryOp.ADD, l, r);
        }
        if (r instanceof String s && l != null) {
            return ScalaPrinter.show(l) + s;
        }
        if (l instanceof ScalaMap map && r instanceof Tuple pair && pair.isPair()) {
            return map.plus(pair.key(), pair.value());
        }
        return arithmetic(BinaryOp.ADD, l, r);
    }

    static Object multiply(Object l, Object r) {
        if (l instanceof Integer a && r instanceof Integer b) {
            return a * b;
        }
        if (l instanceof String s && r instanceof Integer n) {
            Budget.checkSize((long) s.length() * Math.max(0, n));
            return s.repeat(Math.max(0, n));
        }
        return arithmetic(BinaryOp.MUL, l, r);
    }

    static Object arithmetic(BinaryOp op, Object l, Object r) {
        Object big = ScalaBigNumbers.arithmetic(op, l, r);
        if (big != null) {
            return big;
        }
        int rank = Math.min(ScalaNumbers.rank(l), ScalaNumbers.rank(r)) == 0 ? 0
                : Math.max(ScalaNumbers.rank(l), ScalaNumbers.rank(r));
        if (rank == 0) {
            throw notMember(op.symbol(), ScalaNumbers.isNumber(l) ? r : l);
        }
        switch (rank) {
            case ScalaNumbers.INT -> {
                int a = ScalaNumbers.toInt(l);
                int b = ScalaNumbers.toInt(r);
                return switch (op) {
                    case ADD -> a + b;
                    case SUB -> a - b;
                    case MUL -> a * b;
                    case DIV -> a / b;
                    default -> a % b;
                };
            }
            case ScalaNumbers.LONG -> {
                long a = ScalaNumbers.toLong(l);
                long b = ScalaNumbers.toLong(r);
                return switch (op) {
                    case ADD -> a + b;
                    case SUB -> a - b;
                    case MUL -> a * b;
                    case DIV -> a / b;
                    default -> a % b;
                };
            }
            case ScalaNumbers.FLOAT -> {
                float a = ScalaNumbers.toFloat(l);
                float b = ScalaNumbers.toFloat(r);
                return switch (op) {
                    case ADD -> a + b;
                    case SUB -> a - b;
                    case MUL -> a * b;
                    case DIV -> a / b;
                    default -> a % b;
                };
            }
            default -> {
                double a = ScalaNumbers.toDouble(l);
                double b = ScalaNumbers.toDouble(r);
                return switch (op) {
                    case ADD -> a + b;
                    case SUB -> a - b;
                    case MUL -> a * b;
                    case DIV -> a / b;
                    default -> a % b;
                };
            }
        }
    }

    static boolean equal(Object l, Object r) {
        if (ScalaBigNumbers.isBig(l) || ScalaBigNumbers.isBig(r)) {
            return ScalaBigNumbers.equal(l, r);
        }
        int rl = ScalaNumbers.rank(l);
        int rr = ScalaNumbers.rank(r);
        if (rl > 0 && rr > 0) {
            int rank = Math.max(rl, rr);
            if (rank <= ScalaNumbers.LONG) {
                return ScalaNumbers.toLong(l) == ScalaNumbers.toLong(r);
            }
            return ScalaNumbers.toDouble(l) == ScalaNumbers.toDouble(r);
        }
        return Objects.equals(l, r);
    }

    static int compare(BinaryOp op, Object l, Object r) {
        if (ScalaNumbers.isNumber(l) && ScalaNumbers.isNumber(r) || l instanceof String && r instanceof String
                || l instanceof Boolean && r instanceof Boolean || ScalaBigNumbers.comparable(l, r)) {
            return ScalaOrdering.compare(l, r);
        }
        throw notMember(op.symbol(), l);
    }

    private static Object bitwise(BinaryOp op, Object l, Object r) {
        if (l instanceof java.math.BigInteger || r instanceof java.math.BigInteger) {
            return ScalaBigNumbers.bits(op, l, r);
        }
        if (l instanceof ScalaSet) {
            Object collection = ScalaCollectionOperators.apply(op, l, r);
            if (collection != null) {
                return collection;
            }
        }
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (op) {
                case BIT_AND -> a & b;
                case BIT_OR -> a | b;
                default -> a ^ b;
            };
        }
        int rank = Math.max(ScalaNumbers.rank(l), ScalaNumbers.rank(r));
        if (rank == ScalaNumbers.INT) {
            int a = ScalaNumbers.toInt(l);
            int b = ScalaNumbers.toInt(r);
            return switch (op) {
                case BIT_AND -> a & b;
                case BIT_OR -> a | b;
                default -> a ^ b;
            };
        }
        if (rank == ScalaNumbers.LONG && ScalaNumbers.isNumber(l) && ScalaNumbers.isNumber(r)) {
            long a = ScalaNumbers.toLong(l);
            long b = ScalaNumbers.toLong(r);
            return switch (op) {
                case BIT_AND -> a & b;
                case BIT_OR -> a | b;
                default -> a ^ b;
            };
        }
        throw notMember(op.symbol(), l);
    }

    private static Object shift(BinaryOp op, Object l, Object r) {
        if (l instanceof java.math.BigInteger) {
            return ScalaBigNumbers.bits(op, l, r);
        }
        if (l instanceof Long a) {
            long n = ScalaNumbers.toLong(r);
            return switch (op) {
                case SHIFT_LEFT -> a << n;
                case SHIFT_RIGHT -> a >> n;
                default -> a >>> n;
            };
        }
        if (ScalaNumbers.rank(l) == ScalaNumbers.INT && ScalaNumbers.isNumber(r)) {
            int a = ScalaNumbers.toInt(l);
            int n = ScalaNumbers.toInt(r);
            return switch (op) {
                case SHIFT_LEFT -> a << n;
                case SHIFT_RIGHT -> a >> n;
                default -> a >>> n;
            };
        }
        throw notMember(op.symbol(), l);
    }

    private static Object negate(Object v) {
        if (v instanceof Integer i) {
            return -i;
        }
        if (v instanceof Long l) {
            return -l;
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Float f) {
            return -f;
        }
        if (v instanceof Character || v instanceof Short || v instanceof Byte) {
            return -ScalaNumbers.toInt(v);
        }
        if (ScalaBigNumbers.isBig(v)) {
            return ScalaBigNumbers.negate(v);
        }
        throw notMember("unary_-", v);
    }
}
