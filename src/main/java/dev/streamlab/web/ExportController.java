package dev.streamlab.web;

import dev.streamlab.lang.Dialect;
import dev.streamlab.session.SparkExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** "Export to Spark": the program on the page as a project that runs on a real Spark install. */
@RestController
class ExportController {

    private final ExerciseStreams streams;

    ExportController(ExerciseStreams streams) {
        this.streams = streams;
    }

    @PostMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam String dialect, @RequestParam String code,
                                  @RequestParam(defaultValue = "") String args,
                                  @RequestParam(required = false) String exercise, Locale locale) {
        Dialect chosen = "python".equals(dialect) ? Dialect.PYTHON : Dialect.SCALA;
        List<String> arguments = args.isBlank() ? List.of() : Arrays.asList(args.trim().split("\\s+"));
        SparkExport.Request request = new SparkExport.Request(chosen, code, arguments,
                exercise == null ? "playground" : exercise, streams.visible(exercise), streams.batchMillis(exercise),
                locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SparkExport.fileName(request)).build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(SparkExport.zip(request));
    }
}
