package dev.streamlab.store;

import dev.streamlab.StreamLabApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One lab server as its own JVM, for the tests that need a real second instance or a real {@code kill -9}:
 * {@code LabInstance [--load] SPRING_ARGS…}. Prints {@code port N} once serving; with {@code --load} it then has four
 * students submit word-count programs (wrong and right) without end, graded by the real grading pool, printing
 * {@code stored ID} after each is committed.
 */
public final class LabInstance {

    private LabInstance() {
    }

    public static void main(String[] args) {
        boolean load = args.length > 0 && args[0].equals("--load");
        List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(load ? 1 : 0, args.length));
        springArgs.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StreamLabApplication.class)
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
                    String code = attempt % 3 == 2 ? Programs.WORD_COUNT_RIGHT : Programs.WORD_COUNT_WRONG;
                    String id = service.submit(student, "word-count", "scala", code, Locale.ENGLISH).id();
                    SubmissionStatus status = service.status(student, id).orElseThrow();
                    while (!status.state().equals("done")) {
                        Thread.onSpinWait();
                        status = service.status(student, id).orElseThrow();
                    }
                    synchronized (System.out) {
                        System.out.println((status.score() != null ? "stored " : "not stored ") + id);
                        System.out.flush();
                    }
                }
            });
        }
    }
}
