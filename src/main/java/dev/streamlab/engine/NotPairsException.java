package dev.streamlab.engine;

/**
 * A key-value operation met an element that is not a (key, value) pair: what Scala's compiler would have rejected,
 * found when the data flows. It keeps the element, so that the program's language can name it.
 */
public final class NotPairsException extends EngineException {

    private final transient Object element;

    public NotPairsException(Object element) {
        super(ILLEGAL_ARGUMENT, "a key-value operation needs (key, value) pairs, but found the element " + element,
                "turn each element into a pair first, e.g. map(x => (x, 1))");
        this.element = element;
    }

    public Object element() {
        return element;
    }
}
