package dev.streamlab.lang.runtime;

/**
 * What a constructor pattern ({@code Some(x)}, {@code Word(w, n)}, {@code List(a, b, _*)}) calls: the parts of a
 * matching value, or null when the value does not match.
 */
@FunctionalInterface
public interface Extractor {

    Object[] unapply(Object value);
}
