package dev.streamlab.lang.python;

/** A Python value with its own {@code repr} (and, when different, {@code str}). */
public interface PyPrintable {

    String pyRepr();

    default String pyStr() {
        return pyRepr();
    }
}
