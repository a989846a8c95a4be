package dev.streamlab.engine.hash;

import dev.streamlab.engine.Tuple;
import scala.jdk.javaapi.CollectionConverters;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns our value model into the real Scala library objects, whose hashCode is the reference. */
final class ScalaWorld {

    private ScalaWorld() {
    }

    static Object toScala(Object value) {
        if (value instanceof Tuple tuple) {
            return scalaTuple(tuple);
        }
        if (value instanceof List<?> list) {
            return CollectionConverters.asScala(convertAll(list)).toList();
        }
        if (value instanceof Set<?> set) {
            Set<Object> converted = new LinkedHashSet<>();
            set.forEach(element -> converted.add(toScala(element)));
            return CollectionConverters.asScala(converted).toSet();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put(toScala(k), toScala(v)));
            return scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(converted));
        }
        return value;
    }

    static List<Object> convertAll(List<?> values) {
        List<Object> converted = new ArrayList<>();
        values.forEach(value -> converted.add(toScala(value)));
        return converted;
    }

    private static Object scalaTuple(Tuple tuple) {
        Object[] items = new Object[tuple.arity()];
        for (int i = 0; i < items.length; i++) {
            items[i] = toScala(tuple.get(i));
        }
        try {
            Class<?>[] types = new Class<?>[items.length];
            Arrays.fill(types, Object.class);
            Constructor<?> constructor = Class.forName("scala.Tuple" + items.length).getConstructor(types);
            return constructor.newInstance(items);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no scala.Tuple" + items.length, e);
        }
    }
}
