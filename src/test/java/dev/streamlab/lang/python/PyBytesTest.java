package dev.streamlab.lang.python;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Python's bytes, checked line by line against {@code python3} running the same program. */
class PyBytesTest {

    private static final String PROGRAM = String.join("\n",
            "def show(f):",
            "    try:",
            "        print(repr(f()))",
            "    except Exception as e:",
            "        print(type(e).__name__, e)",
            "w = '你好, wörld'",
            "show(lambda: w.encode('utf-8'))",
            "show(lambda: len(w.encode('utf-8')))",
            "show(lambda: w.encode())",
            "show(lambda: w.encode('utf-8').decode('utf-8'))",
            "show(lambda: 'héé!'.encode('ascii'))",
            "show(lambda: 'é'.encode('ascii'))",
            "show(lambda: '你好x'.encode('latin-1'))",
            "show(lambda: 'h€😀é'.encode('ascii', 'replace'))",
            "show(lambda: 'h€😀é'.encode('ascii', 'ignore'))",
            "show(lambda: 'h€😀é'.encode('latin-1', 'backslashreplace'))",
            "show(lambda: 'h€😀é'.encode('ascii', 'xmlcharrefreplace'))",
            "show(lambda: 'x'.encode('foo'))",
            "show(lambda: 'é'.encode('ascii', 'bogus'))",
            "show(lambda: 'Zoë'.encode('latin1'))",
            "for raw in [b'\\xe4\\xbd\\x41', b'\\xe4\\xbd', b'\\xe4', b'a\\xff', b'\\xed\\xa0\\x80', b'\\xf0\\x9f\\x98',",
            "            b'\\xf0\\x9f\\x98\\x80', b'\\xc3\\xa9']:",
            "    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:",
            "        show(lambda: raw.decode('utf-8', errors))",
            "show(lambda: b'\\xe4\\xe5'.decode('ascii'))",
            "show(lambda: b'\\xe4\\xe5a'.decode('ascii', 'replace'))",
            "show(lambda: b'caf\\xe9'.decode('latin-1'))",
            "show(lambda: b\"it's\")",
            "show(lambda: b'\"q\"')",
            "show(lambda: b'\\'\"')",
            "show(lambda: b'\\t\\n\\r\\x00\\x7f\\x80\\\\ ~')",
            "show(lambda: rb'\\x41\\n')",
            "show(lambda: b'abc' b'def')",
            "show(lambda: b'\\u00e9')",
            "show(lambda: b'ab'[0])",
            "show(lambda: b'ab'[-1])",
            "show(lambda: b'ab'[5])",
            "show(lambda: b'abcdef'[1:5:2])",
            "show(lambda: list(b'hi'))",
            "show(lambda: [c for c in 'é'.encode()])",
            "show(lambda: b'ab' < b'b')",
            "show(lambda: b'a' == 'a')",
            "show(lambda: b'a' < 'a')",
            "show(lambda: 97 in b'abc')",
            "show(lambda: b'bc' in b'abc')",
            "show(lambda: 'a' in b'abc')",
            "show(lambda: 300 in b'abc')",
            "show(lambda: b'\\x00\\x7f\\x80'.hex())",
            "show(lambda: bytes.fromhex('de ad BE'))",
            "show(lambda: bytes.fromhex('zz'))",
            "show(lambda: b'a' + b'b')",
            "show(lambda: b'a' + 'b')",
            "show(lambda: 'a' + b'b')",
            "show(lambda: b'ab' * 2)",
            "show(lambda: bytes(3))",
            "show(lambda: bytes([65, 66]))",
            "show(lambda: bytes([256]))",
            "show(lambda: bytes('hé', 'utf-8'))",
            "show(lambda: bytes('hé'))",
            "show(lambda: bytes())",
            "show(lambda: str(b'x'))",
            "show(lambda: f'{b\"x\"}')",
            "show(lambda: bool(b''))",
            "show(lambda: {b'k': 1}[b'k'])",
            "show(lambda: hash(b'abc') == hash('abc'))",
            "show(lambda: b'a,b,,c'.split(b','))",
            "show(lambda: b'  a b  '.split())",
            "show(lambda: b' x '.strip().upper())",
            "show(lambda: b'-'.join([b'a', b'b']))",
            "show(lambda: b'hello'.startswith(b'he'))",
            "show(lambda: b'hello'.count(b'l'))",
            "show(lambda: b'hello'.find(b'lo'))",
            "show(lambda: type(b'x').__name__)",
            "show(lambda: isinstance(b'x', bytes))",
            "show(lambda: sorted([b'b', b'a', b'\\xff']))",
            "");

    @Test
    void bytesBehaveAsInCPython() throws Exception {
        Assumptions.assumeTrue(CPythonOracle.available(), "python3 is not installed");
        List<String> expected = CPythonOracle.run(PROGRAM, List.of());
        assertThat(expected).hasSizeGreaterThan(80);
        assertThat(PythonRunner.lines(PROGRAM)).containsExactlyElementsOf(expected);
    }

    @Test
    void mixingBytesAndStrLiteralsIsASyntaxError() {
        assertThat(PythonRunner.error("x = b'a' 'b'\n")).contains("cannot mix bytes and nonbytes literals");
        assertThat(PythonRunner.error("x = b'é'\n")).contains("bytes can only contain ASCII literal characters");
    }
}
