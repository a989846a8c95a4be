package dev.streamlab.web;

import dev.streamlab.exercise.CourseLocale;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the shared layout's header needs on every page: the language switcher's links, each keeping the page. */
@ControllerAdvice
class PageFrame {

    /** One entry of the switcher: the language in its own name, the same page in it, and whether it is shown now. */
    record LanguageLink(String tag, String name, String href, boolean current) {
    }

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        CourseLocale shown = CourseLocale.closestTo(locale);
        return Arrays.stream(CourseLocale.values()).map(l -> new LanguageLink(l.tag(), l.nativeName(),
                ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", l.tag()).build()
                        .toUriString(), l == shown)).toList();
    }
}
