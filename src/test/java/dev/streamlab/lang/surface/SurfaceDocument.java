package dev.streamlab.lang.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated file of the repository: the test compares it with what it computes and fails when the committed copy
 * is stale; {@code -Dsurface.write=true} rewrites it instead. Also renders one dialect's surface as Markdown.
 */
final class SurfaceDocument {

    static final boolean WRITE = Boolean.getBoolean("surface.write");

    /** One type's row: what its own library declares and what the dialect provides. */
    record Row(String type, String declaredBy, Set<String> members, Set<String> supported) {
        Set<String> refused() {
            Set<String> refused = new TreeSet<>(members);
            refused.removeAll(supported);
            return refused;
        }
    }

    private SurfaceDocument() {
    }

    /** A row whose supported members are those of {@code members} the dialect answers. */
    static Row row(String type, String declaredBy, Set<String> members, java.util.function.Predicate<String> provided) {
        Set<String> supported = new TreeSet<>();
        for (String member : members) {
            if (provided.test(member)) {
                supported.add(member);
            }
        }
        return new Row(type, declaredBy, members, supported);
    }

    static void check(Path file, String expected) throws IOException {
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (WRITE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, committed, file + " is stale: rerun this test with -Dsurface.write=true");
    }

    /** Replaces the text between {@code <!-- NAME -->} and {@code <!-- /NAME -->} in a committed file. */
    static void checkBlock(Path file, String name, String block) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String open = "<!-- " + name + " -->\n";
        String close = "<!-- /" + name + " -->";
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        String current = start < 0 || end < start ? "" : text.substring(start + open.length(), end);
        if (WRITE && start >= 0 && end > start) {
            Files.writeString(file, text.substring(0, start + open.length()) + block + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(block, current, file + " block " + name + " is stale: rerun with -Dsurface.write=true");
    }

    /** Writes or checks a dialect's SURFACE.md and its summary between the README's markers. */
    static void publish(Path surface, String title, String intro, List<Row> rows, String readmeBlock)
            throws IOException {
        check(surface, markdown(title, intro, rows));
        checkBlock(Path.of("README.md"), readmeBlock, summary(rows));
    }

    static String markdown(String title, String intro, List<Row> rows) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n").append(intro).append("\n\n");
        out.append(summary(rows)).append('\n');
        for (Row row : rows) {
            out.append("## ").append(row.type()).append("\n\n")
                    .append("Declared by ").append(row.declaredBy()).append(": ").append(row.members().size())
                    .append(" members, ").append(row.supported().size()).append(" supported, ")
                    .append(row.refused().size()).append(" refused by name.\n\n")
                    .append("- supported: ").append(names(row.supported())).append('\n')
                    .append("- refused (\"… is not available in the lab\"): ").append(names(row.refused()))
                    .append("\n\n");
        }
        return out.toString();
    }

    static String summary(List<Row> rows) {
        StringBuilder out = new StringBuilder("| type | members | supported | refused by name |\n|---|---|---|---|\n");
        int members = 0;
        int supported = 0;
        for (Row row : rows) {
            out.append("| `").append(row.type()).append("` | ").append(row.members().size()).append(" | ")
                    .append(row.supported().size()).append(" | ").append(row.refused().size()).append(" |\n");
            members += row.members().size();
            supported += row.supported().size();
        }
        out.append("| all | ").append(members).append(" | ").append(supported).append(" | ")
                .append(members - supported).append(" |\n");
        return out.toString();
    }

    private static String names(Set<String> names) {
        if (names.isEmpty()) {
            return "—";
        }
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("`" + name + "`");
        }
        return String.join(" ", quoted);
    }

    /** The listing a dialect reads at run time: one line per type, its members separated by spaces. */
    static String listing(String header, Map<String, Set<String>> members) {
        StringBuilder out = new StringBuilder("# ").append(header).append('\n');
        members.forEach((type, names) -> out.append(type).append('\t').append(String.join(" ", names))
                .append('\n'));
        return out.toString();
    }
}
