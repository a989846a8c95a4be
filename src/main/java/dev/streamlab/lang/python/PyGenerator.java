package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.GeneratorRun;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A generator object: what calling a generator function, or evaluating a generator expression, gives. Its items
 * are computed as they are taken; {@code send} and {@code close} work on a generator function's run. Prints as
 * {@code <generator object f at 0x7f...>}.
 */
public final class PyGenerator implements Iterator<Object>, Iterable<Object>, PyPrintable, PyTyped,
        GeneratorRun.Holder {

    private final String name;
    private final Iterator<Object> items;

    PyGenerator(String name, Iterator<Object> items) {
        this.name = name == null ? "<genexpr>" : name;
        this.items = items;
    }

    @Override
    public GeneratorRun generatorRun() {
        return items instanceof GeneratorRun run ? run : null;
    }

    @Override
    public boolean hasNext() {
        return items.hasNext();
    }

    @Override
    public Object next() {
        if (!items.hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    @Override
    public String pyRepr() {
        return "<generator object " + name + " at " + PyRepr.address(this) + ">";
    }

    @Override
    public String pyTypeName() {
        return "generator";
    }

    private Object take() {
        if (!items.hasNext()) {
            throw PyErrors.STOP_ITERATION.raise(null);
        }
        return items.next();
    }

    private Object send(Object value) {
        GeneratorRun run = generatorRun();
        if (run == null) {
            if (value != null) {
                throw PyErrors.typeError("can't send non-None value to a just-started generator");
            }
            return take();
        }
        if (!run.started() && value != null) {
            throw PyErrors.typeError("can't send non-None value to a just-started generator");
        }
        if (!run.send(value)) {
            throw PyErrors.STOP_ITERATION.raise(null);
        }
        return run.sent();
    }

    static void install(HostRegistry registry) {
        registry.method(PyGenerator.class, "send", 1, new PyMethod("send",
                (receiver, call) -> ((PyGenerator) receiver).send(call.expect(1, 1).arg(0, "value"))));
        registry.method(PyGenerator.class, "close", 0, new PyMethod("close", (receiver, call) -> {
            call.expect(0, 0);
            GeneratorRun run = ((PyGenerator) receiver).generatorRun();
            if (run != null) {
                run.close();
            }
            return null;
        }));
        registry.method(PyGenerator.class, "__next__", 0, new PyMethod("__next__", (receiver, call) -> {
            call.expect(0, 0);
            return ((PyGenerator) receiver).take();
        }));
        registry.method(PyGenerator.class, "__iter__", 0, new PyMethod("__iter__", (receiver, call) -> receiver));
    }
}
