package dev.streamlab.exercise;

import dev.streamlab.engine.Duration;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of front matter, collecting a {@link Problem} (with the key's line) for every value that is
 * missing or of the wrong type instead of stopping at the first.
 */
final class FieldReader {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min)");

    private final FrontMatter matter;
    private final List<Problem> problems;

    FieldReader(FrontMatter matter, List<Problem> problems) {
        this.matter = matter;
        this.problems = problems;
    }

    /** Reports every key not in {@code known}. */
    void rejectUnknownKeys(Set<String> known) {
        matter.entries().forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problem(tuple.getKeyNode(), "unknown front matter key '" + key + "'",
                        "remove it or correct its name (keys: " + String.join(", ", known) + ")");
            }
        });
    }

    /** The first known key that comes after one it should precede, as a problem; null when the order is right. */
    Problem outOfOrder(List<String> order) {
        int last = -1;
        String previous = null;
        for (Map.Entry<String, NodeTuple> entry : matter.entries().entrySet()) {
            int position = order.indexOf(entry.getKey());
            if (position < 0) {
                continue;
            }
            if (position < last) {
                return new Problem(matter.file(), FrontMatter.lineOf(entry.getValue().getKeyNode()), "'"
                        + entry.getKey() + "' comes after '" + previous + "'", "write the keys in this order: "
                        + String.join(", ", order));
            }
            last = position;
            previous = entry.getKey();
        }
        return null;
    }

    /** The line of {@code key}, or 1 (the opening fence) when it is absent. */
    int lineOf(String key) {
        NodeTuple tuple = matter.entries().get(key);
        return tuple == null ? 1 : FrontMatter.lineOf(tuple.getKeyNode());
    }

    String requiredText(String key, String example) {
        Node value = required(key, example);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(value, key + " must be a non-empty text", "write " + key + ": " + example);
            return null;
        }
        return scalar.getValue().strip();
    }

    Integer requiredInteger(String key, int min, int max, String example) {
        Node value = required(key, example);
        return value == null ? null : integer(value, key, min, max, example);
    }

    <T> T requiredChoice(String key, Function<String, T> choices, String allowed) {
        Node value = required(key, allowed);
        if (value == null) {
            return null;
        }
        T chosen = value instanceof ScalarNode scalar ? choices.apply(scalar.getValue()) : null;
        if (chosen == null) {
            problem(value, key + " must be one of " + allowed, "write " + key + ": followed by one of " + allowed);
        }
        return chosen;
    }

    Duration requiredDuration(String key) {
        Node value = required(key, "1s");
        if (value == null) {
            return null;
        }
        Matcher m = value instanceof ScalarNode scalar ? DURATION.matcher(scalar.getValue().strip()) : null;
        if (m == null || !m.matches() || Long.parseLong(m.group(1)) == 0) {
            problem(value, key + " must be a positive duration such as 500ms, 1s, 10s or 1min",
                    "write " + key + ": 1s");
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.milliseconds(amount);
            case "s" -> Duration.seconds(amount);
            default -> Duration.minutes(amount);
        };
    }

    /** A non-empty list of texts, each checked by {@code valid} (null when valid, else what is wrong). */
    List<String> requiredTextList(String key, String example, Function<String, String> valid) {
        Node value = required(key, example);
        if (value == null) {
            return null;
        }
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(value, key + " must be a non-empty list", "write " + key + ": " + example);
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String wrong = item instanceof ScalarNode scalar ? valid.apply(scalar.getValue()) : "is not a text";
            if (wrong != null) {
                problem(item, key + ": '" + describe(item) + "' " + wrong, "write " + key + ": " + example);
                return null;
            }
            texts.add(((ScalarNode) item).getValue());
        }
        return texts;
    }

    /** A mapping of names to texts; empty when the key is absent. */
    Map<String, String> optionalTextMap(String key, String example) {
        Map<String, String> texts = new LinkedHashMap<>();
        NodeTuple tuple = matter.entries().get(key);
        if (tuple == null) {
            return texts;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problem(tuple.getValueNode(), key + " must be a set of 'name: text' lines",
                    "write " + key + ": then, indented, " + example);
            return texts;
        }
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode name && entry.getValueNode() instanceof ScalarNode text
                    && !text.getValue().isBlank()) {
                texts.put(name.getValue(), text.getValue().strip());
            } else {
                problem(entry.getKeyNode(), key + ": every entry must be 'name: text'", "write " + example);
            }
        }
        return texts;
    }

    /** The {@code grading} block, or the defaults when it is absent. */
    GradingOptions grading() {
        NodeTuple tuple = matter.entries().get("grading");
        if (tuple == null) {
            return GradingOptions.DEFAULTS;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problem(tuple.getValueNode(), "grading must be a set of 'key: value' lines",
                    "write grading: then, indented, order: multiset");
            return GradingOptions.DEFAULTS;
        }
        GradingOptions defaults = GradingOptions.DEFAULTS;
        boolean ordered = defaults.ordered();
        List<Integer> outputs = defaults.outputs();
        double tolerance = defaults.tolerance();
        Integer batches = defaults.batches();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode name ? name.getValue() : "?";
            Node value = entry.getValueNode();
            String text = value instanceof ScalarNode scalar ? scalar.getValue() : null;
            switch (key) {
                case "order" -> {
                    if ("ordered".equals(text) || "multiset".equals(text)) {
                        ordered = text.equals("ordered");
                    } else {
                        problem(value, "grading.order must be multiset or ordered", "write order: multiset");
                    }
                }
                case "outputs" -> outputs = outputs(value);
                case "tolerance" -> {
                    Double number = number(value);
                    if (number == null || number < 0) {
                        problem(value, "grading.tolerance must be a number ≥ 0", "write tolerance: 0.001");
                    } else {
                        tolerance = number;
                    }
                }
                case "batches" -> {
                    if (!"auto".equals(text)) {
                        batches = integer(value, "grading.batches", 1, 100_000, "auto or a number of batches");
                    }
                }
                default -> problem(entry.getKeyNode(), "unknown grading option '" + key + "'",
                        "use order, outputs, tolerance or batches");
            }
        }
        return new GradingOptions(ordered, outputs == null ? List.of() : outputs, tolerance, batches);
    }

    private List<Integer> outputs(Node value) {
        if (value instanceof ScalarNode scalar && scalar.getValue().equals("all")) {
            return List.of();
        }
        List<Integer> indices = new ArrayList<>();
        if (value instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            for (Node item : sequence.getValue()) {
                Integer index = integer(item, "grading.outputs", 1, 1000, "all or a list such as [1, 2]");
                if (index == null) {
                    return List.of();
                }
                indices.add(index);
            }
            return indices;
        }
        problem(value, "grading.outputs must be all or a list of 1-based output numbers", "write outputs: [1]");
        return List.of();
    }

    private Node required(String key, String example) {
        NodeTuple tuple = matter.entries().get(key);
        if (tuple == null) {
            problems.add(new Problem(matter.file(), 1, "the front matter has no " + key,
                    "add a line " + key + ": " + example));
            return null;
        }
        return tuple.getValueNode();
    }

    private Integer integer(Node value, String key, int min, int max, String example) {
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                int n = Integer.parseInt(scalar.getValue().strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                problem(value, key + " is too large", "write " + key + ": " + example);
                return null;
            }
        }
        String range = max >= 1000 ? "a whole number ≥ " + min : "a whole number from " + min + " to " + max;
        problem(value, key + " must be " + range, "write " + key + ": " + example);
        return null;
    }

    private static Double number(Node value) {
        if (value instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return Double.parseDouble(scalar.getValue());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : node.getNodeId().name().toLowerCase();
    }

    private void problem(Node where, String what, String todo) {
        problems.add(new Problem(matter.file(), FrontMatter.lineOf(where), what, todo));
    }
}
