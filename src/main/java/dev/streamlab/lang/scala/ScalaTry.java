package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.GuestException;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code scala.util.Try}: {@code Success(value)} or {@code Failure(exception)}. {@code Try(expr)} takes its
 * argument by name, so the exception of {@code Try("x".toInt)} lands in the Failure.
 */
public final class ScalaTry {

    private final Object value;
    private final ErrorValue error;

    private ScalaTry(Object value, ErrorValue error) {
        this.value = value;
        this.error = error;
    }

    static ScalaTry of(LangFunction body) {
        try {
            return new ScalaTry(body.call0(), null);
        } catch (GuestException e) {
            return new ScalaTry(null, e.value());
        }
    }

    public boolean isSuccess() {
        return error == null;
    }

    public Object value() {
        return value;
    }

    public ErrorValue error() {
        return error;
    }

    private Object get() {
        if (error != null) {
            throw new GuestException(error);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScalaTry t && Objects.equals(value, t.value) && Objects.equals(error, t.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, error);
    }

    @Override
    public String toString() {
        return isSuccess() ? "Success(" + ScalaPrinter.show(value) + ")" : "Failure(" + error + ")";
    }

    static void install(HostRegistry r) {
        HostObject tryObject = new HostObject("Try").byName()
                .apply(new NativeFunction("Try", 1, a -> a[0] instanceof LangFunction thunk ? of(thunk)
                        : new ScalaTry(a[0], null)))
                .typeTest(v -> v instanceof ScalaTry);
        r.importable("scala.util.Try", tryObject);
        r.importable("scala.util.Success", new HostObject("Success")
                .apply(new NativeFunction("Success", 1, a -> new ScalaTry(a[0], null)))
                .extractor(v -> v instanceof ScalaTry t && t.isSuccess() ? new Object[] {t.value} : null)
                .typeTest(v -> v instanceof ScalaTry t && t.isSuccess()));
        r.importable("scala.util.Failure", new HostObject("Failure")
                .apply(new NativeFunction("Failure", 1, a -> new ScalaTry(null, (ErrorValue) a[0])))
                .extractor(v -> v instanceof ScalaTry t && !t.isSuccess() ? new Object[] {t.error} : null)
                .typeTest(v -> v instanceof ScalaTry t && !t.isSuccess()));
        Class<ScalaTry> t = ScalaTry.class;
        method(r, t, "get", 0, (x, a) -> x.get());
        Fns.byNameMethod(r, t, "getOrElse", 1, (x, a) -> x.isSuccess() ? x.value : Fns.force(a[0]), 0);
        method(r, t, "isSuccess", 0, (x, a) -> x.isSuccess());
        method(r, t, "isFailure", 0, (x, a) -> !x.isSuccess());
        method(r, t, "toOption", 0, (x, a) -> x.isSuccess() ? Optional.ofNullable(x.value) : Optional.empty());
        method(r, t, "map", 1, (x, a) -> x.isSuccess() ? of(new NativeFunction("map", 0,
                ignored -> Fns.call1(a[0], x.value))) : x);
        method(r, t, "foreach", 1, (x, a) -> {
            if (x.isSuccess()) {
                Fns.call1(a[0], x.value);
            }
            return ScalaUnit.INSTANCE;
        });
    }
}
