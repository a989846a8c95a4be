package dev.streamlab.store;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The per-test verdicts of a submission as the JSON text stored with it. */
final class VerdictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<TestVerdict>> LIST = new TypeReference<>() {
    };

    private VerdictJson() {
    }

    static String write(List<TestVerdict> verdicts) {
        return MAPPER.writeValueAsString(verdicts);
    }

    static List<TestVerdict> read(String json) {
        return MAPPER.readValue(json, LIST);
    }
}
