package dev.streamlab.engine;

import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.engine.rdd.RddContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** A function that is {@link PerTask} runs as a fresh copy in every partition, as a deserialized Spark closure. */
class PerTaskTest {

    /** Numbers the records it sees; its copies start again from zero. */
    private static final class Counter implements Function<Object, Object>, Consumer<Object>, PerTask {
        int seen;

        @Override
        public Object apply(Object x) {
            return x + "#" + (++seen);
        }

        @Override
        public void accept(Object x) {
            apply(x);
        }

        @Override
        public Object copyForTask() {
            return new Counter();
        }
    }

    private final RddContext context = new RddContext(2, new JvmKeyHashing());

    @Test
    void eachPartitionRunsItsOwnCopyAndTheOriginalIsUntouched() {
        Counter driver = new Counter();
        Rdd<Object> numbered = Rdd.<Object>parallelize(context, List.of("a", "b", "c", "d"), 2).map(driver);
        assertThat(numbered.collect()).containsExactly("a#1", "b#2", "c#1", "d#2");
        assertThat(numbered.collect()).containsExactly("a#1", "b#2", "c#1", "d#2");
        assertThat(driver.seen).isZero();
    }

    @Test
    void foreachRunsACopyPerPartitionToo() {
        Counter driver = new Counter();
        Rdd.<Object>parallelize(context, List.of("a", "b", "c"), 3).foreach(driver);
        assertThat(driver.seen).isZero();
    }
}
