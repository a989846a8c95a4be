package dev.streamlab.lang.runtime;

/**
 * A variable that outlives its frame because a closure captured it. Scala makes a new cell each time the
 * {@code val}/{@code var} is executed (each loop iteration captures its own); Python makes one per call (closures
 * see the variable's latest value).
 */
public final class Cell {

    public Object value;

    public Cell(Object value) {
        this.value = value;
    }
}
