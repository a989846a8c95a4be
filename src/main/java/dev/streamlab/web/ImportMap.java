package dev.streamlab.web;

import io.mvnpm.importmap.Aggregator;
import org.springframework.stereotype.Component;

/** The browser's import map for the ES modules the jar serves (CodeMirror and its parts), built once. */
@Component
class ImportMap {

    private final String json = new Aggregator().aggregateAsJson();

    String json() {
        return json;
    }
}
