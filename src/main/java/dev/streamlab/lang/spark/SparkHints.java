package dev.streamlab.lang.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What to tell a student about an error Spark raises. Spark's messages are frozen (the DStream API has not changed
 * since 3.4), so they identify the mistake; the advice lives here, in the lab, as message keys in five languages.
 */
final class SparkHints {

    private static final Map<Pattern, String> HINTS = new LinkedHashMap<>();

    static {
        hint("The window duration of (windowed |ReducedWindowed)DStream", "spark.hint.windowMultiple");
        hint("The slide duration of (windowed |ReducedWindowed)DStream", "spark.hint.slideMultiple");
        hint("requirement failed: The checkpoint directory has not been set", "spark.hint.checkpointDirectory");
        hint("requirement failed: No output operations registered", "spark.hint.noOutput");
        hint("Adding new inputs, transformations, and output operations after starting", "spark.hint.afterStart");
        hint("Adding new inputs, transformations, and output operations after stopping", "spark.hint.afterStop");
        hint("StreamingContext has already been stopped", "spark.hint.afterStop");
        hint("requirement failed: The checkpoint interval for \\w+ has been set to .* which is lower",
                "spark.hint.checkpointLower");
        hint("requirement failed: The checkpoint interval for \\w+ has been set to .* which not a multiple",
                "spark.hint.checkpointMultiple");
        hint("Transform function must not return null", "spark.hint.transformNull");
        hint("State is not set", "spark.hint.stateNotSet");
        hint("requirement failed: Cannot (update|remove) the state", "spark.hint.stateOnce");
        hint("Only one SparkContext should be running", "spark.hint.oneSparkContext");
        hint("a key-value operation needs \\(key, value\\) pairs", "spark.hint.pairs");
        hint("requirement failed: Some of the DStreams have different slide durations", "spark.hint.sameSlide");
        hint("empty collection", "spark.hint.emptyCollection");
    }

    private SparkHints() {
    }

    private static void hint(String messageStart, String key) {
        HINTS.put(Pattern.compile("^" + messageStart), key);
    }

    /** The hint's message key for Spark's message, or null when the lab has no advice of its own for it. */
    static String keyFor(String sparkMessage) {
        for (Map.Entry<Pattern, String> entry : HINTS.entrySet()) {
            if (entry.getKey().matcher(sparkMessage).find()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
