package dev.streamlab.web;

import dev.streamlab.store.Student;
import dev.streamlab.store.SubmissionService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

/** Submit for grading and follow the submission: a student sees only their own. */
@RestController
class SubmissionApiController {

    private final SubmissionService submissions;
    private final StudentCookie cookie;

    SubmissionApiController(SubmissionService submissions, StudentCookie cookie) {
        this.submissions = submissions;
        this.cookie = cookie;
    }

    record SubmitRequest(String dialect, String code) {
    }

    @PostMapping(path = "/api/exercises/{exerciseId}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submit(@PathVariable String exerciseId, @RequestBody SubmitRequest body,
                             HttpServletRequest request, Locale locale) {
        Student student = cookie.student(request).orElse(null);
        if (student == null) {
            return error(HttpStatus.UNAUTHORIZED, "join a course first: /join");
        }
        SubmissionService.Accepted accepted = submissions.submit(student, exerciseId, body.dialect(), body.code(),
                locale);
        return ResponseEntity.accepted().body(Map.of("id", accepted.id(), "position", accepted.position()));
    }

    @GetMapping("/api/submissions/{id}")
    ResponseEntity<?> status(@PathVariable String id, HttpServletRequest request) {
        Student student = cookie.student(request).orElse(null);
        if (student == null) {
            return error(HttpStatus.UNAUTHORIZED, "join a course first: /join");
        }
        return submissions.status(student, id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "no submission " + id + " of yours"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<?> invalid(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<?> busy(RejectedExecutionException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, "grading is busy, submit again in a moment: " + e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
