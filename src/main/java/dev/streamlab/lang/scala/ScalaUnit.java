package dev.streamlab.lang.scala;

/** Scala's {@code ()}: the value of statements, empty blocks and procedures. */
public final class ScalaUnit {

    public static final ScalaUnit INSTANCE = new ScalaUnit();

    private ScalaUnit() {
    }

    @Override
    public String toString() {
        return "()";
    }
}
