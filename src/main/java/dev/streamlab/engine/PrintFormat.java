package dev.streamlab.engine;

/**
 * How {@code print()} renders a batch: the element text and the time line differ between the JVM
 * ({@code (Hello,1)}, {@code Time: 1000 ms}) and PySpark ({@code ('Hello', 1)}, {@code Time: 1970-01-01 00:00:01}).
 */
public interface PrintFormat {

    String element(Object value);

    String time(Time time);

    PrintFormat JVM_TO_STRING = new PrintFormat() {
        @Override
        public String element(Object value) {
            return String.valueOf(value);
        }

        @Override
        public String time(Time time) {
            return time.toString();
        }
    };
}
