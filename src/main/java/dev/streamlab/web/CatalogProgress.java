package dev.streamlab.web;

import dev.streamlab.store.Progress;
import dev.streamlab.store.ProgressQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;

/** The catalog's progress column: the joined student's standing per exercise (nothing for a visitor). */
@ControllerAdvice(assignableTypes = CatalogController.class)
class CatalogProgress {

    private final StudentCookie cookie;
    private final ProgressQuery progress;

    CatalogProgress(StudentCookie cookie, ProgressQuery progress) {
        this.cookie = cookie;
        this.progress = progress;
    }

    @ModelAttribute("studentProgress")
    Map<String, Progress> studentProgress(HttpServletRequest request) {
        return cookie.student(request).map(s -> progress.ofStudent(s.id())).orElse(Map.of());
    }
}
