package dev.streamlab.exercise;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Markdown file's YAML front matter, split off by hand (the body stays Markdown) and composed by SnakeYAML into
 * nodes, which keep their lines so that every error names the line in the file.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private final String file;
    private final Map<String, NodeTuple> entries;
    private final String body;

    private FrontMatter(String file, Map<String, NodeTuple> entries, String body) {
        this.file = file;
        this.entries = entries;
        this.body = body;
    }

    /** Splits {@code text} (line endings already LF) into front matter and body. */
    static FrontMatter parse(String text, String file) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new FormatException(file, 1, "the file does not start with YAML front matter",
                    "begin the file with a line '---', the front matter, then another line '---'");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new FormatException(file, 1, "the front matter is never closed",
                    "end the front matter with a line '---'");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < end; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new FrontMatter(file, compose(yaml.toString(), file), body.toString());
    }

    private static Map<String, NodeTuple> compose(String yaml, String file) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem().strip() : e.getMessage().strip();
            Mark context = e.getContextMark();
            if (e.getContext() != null && context != null && mark != null && context.getLine() != mark.getLine()) {
                problem += " (" + e.getContext().strip() + " that starts at line " + lineInFile(context.getLine())
                        + ")";
            }
            throw new FormatException(file, mark == null ? 1 : lineInFile(mark.getLine()),
                    "invalid YAML in the front matter: " + problem,
                    "fix the YAML (a 'key: value' per line, lists as [a, b], indentation with spaces)");
        } catch (RuntimeException e) {
            throw new FormatException(file, 1, "invalid YAML in the front matter: " + e.getMessage(),
                    "fix the YAML (a 'key: value' per line, lists as [a, b], indentation with spaces)");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        if (root == null) {
            return entries;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new FormatException(file, lineOf(root), "the front matter is not a set of 'key: value' lines",
                    "write one 'key: value' per line");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new FormatException(file, lineOf(tuple.getKeyNode()), "a front matter key is not a name",
                        "write keys as plain names (title, chapter, …)");
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                throw new FormatException(file, lineOf(key), "the key '" + key.getValue() + "' appears twice",
                        "keep one '" + key.getValue() + ":' line");
            }
        }
        return entries;
    }

    /** The file's line of a front-matter node: the YAML starts on the file's line 2. */
    static int lineOf(Node node) {
        return lineInFile(node.getStartMark().getLine());
    }

    private static int lineInFile(int yamlLine) {
        return yamlLine + 2;
    }

    String file() {
        return file;
    }

    Map<String, NodeTuple> entries() {
        return entries;
    }

    /** The Markdown after the front matter. */
    String body() {
        return body;
    }
}
