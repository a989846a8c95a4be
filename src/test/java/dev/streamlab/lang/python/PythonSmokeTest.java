package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonSmokeTest {

    @Test
    void smoke() {
        assertThat(PythonRunner.lines("print('hi', 1, 2.5, None, [1, 'a'], (1,), {'a': 1})\n"))
                .containsExactly("hi 1 2.5 None [1, 'a'] (1,) {'a': 1}");
    }
}
