package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bytearray}: a mutable bytes, as CPython 3.11 builds, changes, indexes and prints it. */
class ByteArrayTest {

    @Test
    void aBytearrayGrowsChangesInPlaceAndPrintsAsCPython() {
        assertThat(PythonRunner.lines("""
                ba = bytearray(b"hello")
                ba.append(33)
                ba.extend(b" world")
                ba.extend([65, 66])
                print(ba, len(ba), ba[0], ba[-1], ba[1:4], type(ba[1:4]).__name__)
                ba[0] = 72
                print(ba.decode("utf-8"), ba.upper(), bytes(ba), ba == b"Hello! worldAB")
                print(bytearray(3), bytearray("héllo", "utf-8"), bytearray([1, 2, 255]), bytearray())
                print(ba.pop(), isinstance(ba, bytearray), isinstance(ba, bytes), list(bytearray(b"ab")))
                """)).containsExactly(
                "bytearray(b'hello! worldAB') 14 104 66 bytearray(b'ell') bytearray",
                "Hello! worldAB bytearray(b'HELLO! WORLDAB') b'Hello! worldAB' True",
                "bytearray(b'\\x00\\x00\\x00') bytearray(b'h\\xc3\\xa9llo') bytearray(b'\\x01\\x02\\xff') bytearray(b'')",
                "66 True False [97, 98]");
    }

    @Test
    void aBytearrayIsUnhashableAndTakesOnlyBytes() {
        assertThat(PythonRunner.lines("""
                try:
                    hash(bytearray(b"a"))
                except TypeError as e:
                    print(e)
                try:
                    bytearray().append(256)
                except ValueError as e:
                    print(e)
                try:
                    b"abc".append(1)
                except AttributeError as e:
                    print(e)
                """)).containsExactly("unhashable type: 'bytearray'", "byte must be in range(0, 256)",
                "'bytes' object has no attribute 'append'");
    }
}
