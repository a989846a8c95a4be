package dev.streamlab.lang.scala;

/** Scala's {@code ()}: the value of statements, empty blocks and procedures. */
public final class ScalaUnit {

    public static final ScalaUnit INSTANCE = new ScalaUnit();

    private ScalaUnit() {
    }

    /** {@code ().hashCode} on the JVM ({@code BoxedUnit}). */
    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public String toString() {
        return "()";
    }
}
