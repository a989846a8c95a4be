package dev.streamlab.web;

import dev.streamlab.exercise.CourseLocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

/**
 * The page's language: the one chosen with {@code ?lang=} (kept in a cookie), else the first of the browser's
 * Accept-Language languages the course speaks, else English. Always one of the five course locales.
 */
final class CourseLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "streamlab-lang";

    CourseLocaleResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(CourseLocaleResolver::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return CourseLocale.closestTo(super.resolveLocale(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : CourseLocale.closestTo(locale).locale());
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return CourseLocale.EN.locale();
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            CourseLocale supported = CourseLocale.supporting(wanted);
            if (supported != null) {
                return supported.locale();
            }
        }
        return CourseLocale.EN.locale();
    }
}
