package dev.streamlab.store;

import dev.streamlab.StreamLabApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One lab server as its own JVM, for the tests that need a real second instance or a real {@code kill -9}:
 * {@code LabInstance [--load] SPRING_ARGS…}. Prints {@code port N} once serving; with {@code --load} it then grades and
 * stores submissions without end from four students at once, printing {@code stored ID} after each is committed.
 */
public final class LabInstance {

    @Configuration
    static class Grading {
        @Bean
        GradingDouble grading() {
            return new GradingDouble();
        }
    }

    private LabInstance() {
    }

    public static void main(String[] args) {
        boolean load = args.length > 0 && args[0].equals("--load");
        List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(load ? 1 : 0, args.length));
        springArgs.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StreamLabApplication.class, Grading.class)
                .run(springArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println("port " + port);
        System.out.flush();
        if (load) {
            submitForever(context);
        }
    }

    private static void submitForever(ConfigurableApplicationContext context) {
        Courses courses = context.getBean(Courses.class);
        Students students = context.getBean(Students.class);
        SubmissionService service = context.getBean(SubmissionService.class);
        String course = courses.ensure("KILL");
        ExecutorService submitters = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            Student student = students.join(course, "Student " + i).orElseThrow();
            submitters.execute(() -> {
                for (int attempt = 0; ; attempt++) {
                    String code = attempt % 3 == 2 ? "reduceByKeyAndWindow(_ + _, Seconds(3))" : "reduceByKey(_ + _)";
                    String id = service.submit(student, "word-count", "scala", code).id();
                    while (!"done".equals(service.status(student, id).map(SubmissionStatus::state).orElse(""))) {
                        Thread.onSpinWait();
                    }
                    synchronized (System.out) {
                        System.out.println("stored " + id);
                        System.out.flush();
                    }
                }
            });
        }
    }
}
