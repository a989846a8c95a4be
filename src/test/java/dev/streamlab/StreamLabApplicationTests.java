package dev.streamlab;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StreamLabApplicationTests {

    @Test
    void contextLoads() {
    }
}
