package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code super()} and property setters resolve along CPython's method resolution order. */
class SuperCallsTest {

    @Test
    void zeroArgumentSuperReachesTheParentsInitAndMethodsOverSeveralLevels() {
        assertThat(PythonRunner.lines("""
                class Shape:
                    def __init__(self, name):
                        self.name = name
                    def describe(self):
                        return "shape " + self.name
                class Circle(Shape):
                    def __init__(self, r):
                        super().__init__("circle")
                        self.r = r
                    def describe(self):
                        return super().describe() + f" r={self.r}"
                class Small(Circle):
                    def __init__(self):
                        super().__init__(1)
                    def describe(self):
                        return "small " + super().describe()
                print(Small().describe())
                """)).containsExactly("small shape circle r=1");
    }

    @Test
    void superFollowsC3InADiamondAndEndsAtObjectInit() {
        assertThat(PythonRunner.lines("""
                class A:
                    def __init__(self):
                        super().__init__()
                        print("A")
                class B(A):
                    def __init__(self):
                        super().__init__()
                        print("B")
                class C(A):
                    def __init__(self):
                        super().__init__()
                        print("C")
                class D(B, C):
                    def __init__(self):
                        super().__init__()
                        print("D")
                D()
                """)).containsExactly("A", "C", "B", "D");
    }

    @Test
    void superInClassMethodsAndPropertiesBindsAsCPython() {
        assertThat(PythonRunner.lines("""
                class Base:
                    def __init__(self, v):
                        self.v = v
                    @classmethod
                    def make(cls, v):
                        return cls(v)
                    @property
                    def label(self):
                        return "base" + str(self.v)
                class Child(Base):
                    @classmethod
                    def make(cls, v):
                        return super().make(v * 10)
                    @property
                    def label(self):
                        return "child+" + super().label
                c = Child.make(2)
                print(type(c).__name__, c.v, c.label)
                class Two(Base):
                    def __init__(self):
                        super(Two, self).__init__(7)
                print(Two().v)
                """)).containsExactly("Child 20 child+base20", "7");
    }

    @Test
    void aPropertySetterRunsOnAssignmentAndAGetterOnlyPropertyRefusesIt() {
        assertThat(PythonRunner.lines("""
                class Temp:
                    def __init__(self):
                        self._c = 0
                    @property
                    def celsius(self):
                        return self._c
                    @celsius.setter
                    def celsius(self, value):
                        self._c = value * 2
                    @property
                    def fixed(self):
                        return 1
                t = Temp()
                t.celsius = 5
                print(t.celsius)
                try:
                    t.fixed = 2
                except AttributeError as e:
                    print(e)
                """)).containsExactly("10", "property 'fixed' of 'Temp' object has no setter");
    }

    @Test
    void superOutsideAMethodIsRefusedWithTheTwoArgumentForm() {
        assertThat(PythonRunner.error("def f():\n    return super()\nf()\n")).contains("super(TheClass, obj)");
    }
}
