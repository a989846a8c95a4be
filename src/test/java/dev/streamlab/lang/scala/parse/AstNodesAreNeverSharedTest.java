package dev.streamlab.lang.scala.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.ast.Node;
import dev.streamlab.lang.ast.Program;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolver keys what it learns on node identity, so desugaring must never put one node instance in two places
 * of the tree (a generator pattern reused in several lambdas, the value of {@code val a, b = e}).
 */
class AstNodesAreNeverSharedTest {

    static List<String> programs() {
        return List.of("for (i <- 1 to 4 if i % 2 == 0; j = i * 10; (a, b) <- pairs(j) if a > b) yield (i, j, a)",
                "for { Some(x) <- xs; y = x; z = y + 1 } println(z)", "val a, b = List(1).map(_ + 1)",
                "var m, n: Int = _", "xs.map { case (k, v) => k }.reduce(_ + _)");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void everyNodeOccursOnce(String source) {
        assertNoSharedNodes(ScalaParser.parse(source, "Shared.scala"));
    }

    @Test
    void seedProgramsShareNoNodes() throws IOException {
        for (String name : List.of("seeds/scala/s003_transformations_test.scala", "seeds/scala/s003_foreach_rdd_mysql.scala", "scala/programs/SessionWords.scala",
                "scala/programs/RecoveringCounter.scala")) {
            try (InputStream in = getClass().getResourceAsStream("/" + name)) {
                assertNoSharedNodes(ScalaParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
            }
        }
    }

    @Test
    void valWithSeveralNamesEvaluatesItsRightSideForEach() {
        assertThat(AstText.of(ScalaParser.parse("val a, b = f()", "Two.scala").statements())).isEqualTo(
                "[(ValDef (Bind \"a\") false null (Call (Name \"f\") [] [])) "
                        + "(ValDef (Bind \"b\") false null (Call (Name \"f\") [] []))]");
    }

    private static void assertNoSharedNodes(Program program) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        program.statements().forEach(statement -> visit(statement, seen));
    }

    private static void visit(Object value, Set<Object> seen) {
        if (value instanceof List<?> list) {
            list.forEach(item -> visit(item, seen));
            return;
        }
        if (!(value instanceof Node)) {
            return;
        }
        assertThat(seen.add(value)).as("node occurs twice: %s", AstText.of(value)).isTrue();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                visit(component.getAccessor().invoke(value), seen);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
