package dev.streamlab.lang.runtime;

/**
 * A library name whose mere evaluation throws, like Scala's {@code ???} ({@code scala.NotImplementedError: an
 * implementation is missing}).
 */
@FunctionalInterface
public interface RaisesOnRead {

    GuestException raise();
}
