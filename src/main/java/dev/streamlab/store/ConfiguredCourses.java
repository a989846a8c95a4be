package dev.streamlab.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** Creates the course codes listed in {@code streamlab.courses} on start, so a class can join at once. */
@Component
class ConfiguredCourses implements ApplicationRunner {

    private final Courses courses;
    private final String configured;

    ConfiguredCourses(Courses courses, @Value("${streamlab.courses:}") String configured) {
        this.courses = courses;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        Arrays.stream(configured.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .forEach(courses::ensure);
    }
}
