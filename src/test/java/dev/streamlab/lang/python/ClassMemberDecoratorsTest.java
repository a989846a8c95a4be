package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @staticmethod}, {@code @classmethod} and {@code @property} bind as CPython binds them. */
class ClassMemberDecoratorsTest {

    @Test
    void decoratedMethodsBindToNothingToTheClassOrReadAsAValue() {
        assertThat(PythonRunner.lines("""
                class Counter:
                    created = 0
                    def __init__(self, start):
                        self._n = start
                        Counter.created += 1
                    @property
                    def n(self):
                        return self._n
                    @staticmethod
                    def double(x):
                        return x * 2
                    @classmethod
                    def zero(cls):
                        return cls(0)
                class Loud(Counter):
                    pass
                c = Counter(3)
                print(c.n, c.double(4), Counter.double(5))
                z = Loud.zero()
                print(type(z).__name__, z.n, Counter.created)
                print(c.zero().n)
                """)).containsExactly("3 8 10", "Loud 0 2", "0");
    }
}
