package dev.streamlab.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classic streaming mistakes a failing test can point to. Recognised from the verdict itself: its kind, its
 * message and the records it got that the reference did not produce (or the other way round).
 */
public enum Pitfall {

    /** {@code reduceByKeyAndWindow} with an inverse function and no filter keeps keys whose count fell to zero. */
    ZERO_COUNTS_KEPT,
    /** A stateful or inverse-window operator without {@code ssc.checkpoint(…)}. */
    MISSING_CHECKPOINT,
    /** Output at batch times where the reference has none (or none where it has some): not the exercise's slide. */
    WRONG_SLIDE;

    private static final Pattern ZERO_RECORD = Pattern.compile(".*[,(]\\s*0(\\.0)?L?\\s*\\)$");

    public static Optional<Pitfall> of(TestVerdict verdict) {
        if (verdict.passed()) {
            return Optional.empty();
        }
        String message = verdict.message() == null ? "" : verdict.message().toLowerCase(Locale.ROOT);
        if (message.contains("checkpoint")) {
            return Optional.of(MISSING_CHECKPOINT);
        }
        if (!verdict.extra().isEmpty() && verdict.extra().stream().allMatch(r -> ZERO_RECORD.matcher(r).matches())) {
            return Optional.of(ZERO_COUNTS_KEPT);
        }
        if (message.contains("slide") || outputAtOtherTimes(verdict.expected(), verdict.got())) {
            return Optional.of(WRONG_SLIDE);
        }
        return Optional.empty();
    }

    private static boolean outputAtOtherTimes(List<String> expected, List<String> got) {
        return expected.isEmpty() != got.isEmpty();
    }

    /** The key of its explanation in the {@code people} bundle. */
    public String messageKey() {
        return "pitfall." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
