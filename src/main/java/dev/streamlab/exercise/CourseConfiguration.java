package dev.streamlab.exercise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The course the server hosts: the folder {@code streamlab.exercises} names (a teacher's own course), or else the
 * one bundled into the jar.
 */
@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    Course course(@Value("${streamlab.exercises:}") String folder) {
        if (folder.isBlank()) {
            return Course.bundled();
        }
        Path root = Path.of(folder);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("streamlab.exercises=" + folder + " is not a folder: give the folder"
                    + " that holds one folder per exercise");
        }
        return Course.load(new FolderCourseFiles(root.toAbsolutePath(), folder));
    }
}
