package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code functools.partial}, {@code lru_cache} and {@code cache} (memoizing per decorated function, so that the
 * recursive Fibonacci lessons show stays within the step budget), and the numeric methods {@code float.is_integer}
 * and {@code int.bit_length}, which the coverage corpus found missing.
 */
final class PyFunctools {

    private PyFunctools() {
    }

    private static LangFunction memoized(LangFunction function) {
        Map<List<Object>, Object> results = new HashMap<>();
        return new PyNative(function.name(), c -> {
            List<Object> key = new ArrayList<>(c.positional());
            if (results.containsKey(key)) {
                return results.get(key);
            }
            Object result = function.call(c.positional().toArray());
            results.put(key, result);
            return result;
        });
    }

    private static void define(HostRegistry registry, HostObject module, String name, LangFunction function) {
        module.define(name, function);
        registry.importable("functools." + name, function);
    }

    static void install(HostRegistry registry) {
        if (registry.importableValue("functools") instanceof HostObject module) {
            define(registry, module, "partial", new PyNative("partial", c -> {
                LangFunction target = PythonSemantics.callable(c.arg(0, "func"));
                List<Object> fixed = new ArrayList<>(c.positional().subList(1, c.count()));
                Map<String, Object> fixedKeywords = c.keywords();
                return new PyNative(target.name(), call -> {
                    List<Object> args = new ArrayList<>(fixed);
                    args.addAll(call.positional());
                    Map<String, Object> keywords = new java.util.LinkedHashMap<>(fixedKeywords);
                    keywords.putAll(call.keywords());
                    return target.callWithKeywords(args.toArray(), keywords.keySet().toArray(new String[0]),
                            keywords.values().toArray());
                });
            }));
            PyNative decorator = new PyNative("lru_cache", c -> c.count() == 1 && c.arg(0, "maxsize") instanceof
                    LangFunction function ? memoized(function)
                    : new PyNative("decorating_function", d -> memoized(PythonSemantics.callable(
                            d.arg(0, "user_function")))));
            define(registry, module, "lru_cache", decorator);
            define(registry, module, "cache", new PyNative("cache", c -> memoized(PythonSemantics.callable(
                    c.arg(0, "user_function")))));
        }
        registry.method(Double.class, "is_integer", 0, (context, x, args) -> {
            double d = (Double) x;
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        registry.method(Long.class, "bit_length", 0, (context, x, args) ->
                (long) (64 - Long.numberOfLeadingZeros(Math.abs((Long) x))));
    }
}
