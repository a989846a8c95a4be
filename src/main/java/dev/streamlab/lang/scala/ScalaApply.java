package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.LangException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scala's {@code apply}/{@code update} on values: {@code xs(0)}, {@code m("k")}, {@code s(i)}, {@code a(i) = v}. */
final class ScalaApply {

    private ScalaApply() {
    }

    static Object apply(Object callee, Object[] args) {
        if (args.length == 1) {
            Object arg = args[0];
            if (callee instanceof List<?> list) {
                return list.get(Fns.toInt(arg));
            }
            if (callee instanceof Map<?, ?> map) {
                if (!map.containsKey(arg)) {
                    throw ScalaErrors.NO_SUCH_ELEMENT.raise("key not found: " + ScalaPrinter.show(arg));
                }
                return map.get(arg);
            }
            if (callee instanceof Set<?> set) {
                return set.contains(arg);
            }
            if (callee instanceof String s) {
                return s.charAt(Fns.toInt(arg));
            }
        }
        throw new LangException("lang.scala.notApplicable", null, ScalaTypes.name(callee), args.length);
    }

    @SuppressWarnings("unchecked")
    static void update(Object target, Object[] args, Object value) {
        if (args.length == 1) {
            if (target instanceof List<?> list) {
                ((List<Object>) list).set(Fns.toInt(args[0]), value);
                return;
            }
            if (target instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(args[0], value);
                return;
            }
        }
        throw new LangException("lang.scala.notUpdatable", null, ScalaTypes.name(target));
    }
}
