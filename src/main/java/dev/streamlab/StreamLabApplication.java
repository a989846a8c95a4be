package dev.streamlab;

import dev.streamlab.cli.StreamLabCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: with a CLI command ({@code run}, …) it runs that command without starting Spring;
 * without one it serves the lab.
 */
@SpringBootApplication
public class StreamLabApplication {

    public static void main(String[] args) {
        if (StreamLabCli.handles(args)) {
            System.exit(StreamLabCli.execute(args));
        }
        SpringApplication.run(StreamLabApplication.class, args);
    }
}
