package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The patterns of Python's match statement that differ from Scala's and from Python's assignment targets (PEP 634):
 * a sequence pattern matches only a sequence (not a string) and never raises; a mapping pattern looks keys up; a
 * class pattern tests the class, then reads positional sub-patterns through {@code __match_args__} and keyword ones
 * as attributes; {@code None}, {@code True} and {@code False} match by identity. The Python parser encodes a
 * mapping pattern as an extractor named {@value #MAPPING} and a keyword sub-pattern as one named {@code "=name"}.
 */
final class PythonPatterns {

    static final String MAPPING = "{}";
    static final String KEYWORD = "=";

    private PythonPatterns() {
    }

    static boolean isClassPattern(Pattern.Extractor p) {
        return !p.name().equals(MAPPING) && !p.name().startsWith(KEYWORD);
    }

    static final class Sequence extends PatternNode {
        private final PatternNode[] items;

        Sequence(PatternNode[] items) {
            this.items = items;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object[] parts = frame.context.semantics().matchSequence(value);
            return parts != null && PatternNodes.matchParts(parts, items, frame);
        }
    }

    /** {@code None}, {@code True}, {@code False}: the subject must be that very value. */
    static final class Identity extends PatternNode {
        private final Object expected;

        Identity(Object expected) {
            this.expected = expected;
        }

        @Override
        boolean match(Object value, Frame frame) {
            return expected == null ? value == null : expected.equals(value);
        }
    }

    static final class Mapping extends PatternNode {
        private final CodeNode[] keys;
        private final PatternNode[] values;
        private final VariableNodes.Store rest;

        Mapping(CodeNode[] keys, PatternNode[] values, VariableNodes.Store rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        boolean match(Object value, Frame frame) {
            DialectSemantics semantics = frame.context.semantics();
            Map<?, ?> map = semantics.matchMapping(value);
            if (map == null) {
                return false;
            }
            List<Object> seen = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                Object key = keys[i].eval(frame);
                if (!map.containsKey(key) || !values[i].match(map.get(key), frame)) {
                    return false;
                }
                seen.add(key);
            }
            if (rest != null) {
                List<Object> restKeys = new ArrayList<>();
                List<Object> restValues = new ArrayList<>();
                map.forEach((k, v) -> {
                    if (!seen.contains(k)) {
                        restKeys.add(k);
                        restValues.add(v);
                    }
                });
                rest.store(frame, semantics.dict(restKeys, restValues));
            }
            return true;
        }
    }

    static final class ClassPattern extends PatternNode {
        private final CodeNode type;
        private final PatternNode[] positional;
        private final String[] keywords;
        private final PatternNode[] keywordPatterns;

        ClassPattern(CodeNode type, PatternNode[] positional, String[] keywords, PatternNode[] keywordPatterns) {
            this.type = type;
            this.positional = positional;
            this.keywords = keywords;
            this.keywordPatterns = keywordPatterns;
        }

        @Override
        boolean match(Object value, Frame frame) {
            Object[] parts = frame.context.semantics().matchClass(value, type.eval(frame), positional.length,
                    keywords, frame.context);
            if (parts == null) {
                return false;
            }
            for (int i = 0; i < positional.length; i++) {
                if (!positional[i].match(parts[i], frame)) {
                    return false;
                }
            }
            for (int i = 0; i < keywordPatterns.length; i++) {
                if (!keywordPatterns[i].match(parts[positional.length + i], frame)) {
                    return false;
                }
            }
            return true;
        }
    }
}
