package dev.streamlab.lang.scala.parse;

/** Names for parameters the parser invents (placeholders, desugared for-comprehensions), spelled like scalac's. */
final class FreshNames {

    private int counter;

    String next() {
        return "x$" + ++counter;
    }
}
