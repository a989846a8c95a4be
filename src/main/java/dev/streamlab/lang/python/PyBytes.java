package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Python's {@code bytes}: an immutable sequence of ints 0–255 that indexes to ints, slices to bytes, compares
 * byte by byte and prints as CPython does ({@code b'\xe4\xbd\xa0'}, double quotes when only a single quote is
 * inside). {@code str.encode} and {@code bytes.decode} are in {@link PyCodecs}. A mutable one is a
 * {@code bytearray}: it also appends, extends, pops and takes item assignment, prints as {@code bytearray(b'..')},
 * is unhashable, and its slices and methods give bytearrays.
 */
public final class PyBytes implements PyPrintable, PyTyped, Comparable<PyBytes>, Iterable<Object> {

    static final PyType TYPE = new PyType("bytes", v -> v instanceof PyBytes b && !b.mutable, PyBytes::construct);

    static final PyType BYTEARRAY = new PyType("bytearray", v -> v instanceof PyBytes b && b.mutable,
            c -> ((PyBytes) construct(c)).mutableCopy());

    static final PyNative FROMHEX = new PyNative("fromhex", c -> fromHex(c.strArg(c.expect(1, 1).arg(0, "string"),
            "fromhex() argument")));

    private byte[] data;
    private final boolean mutable;

    public PyBytes(byte[] data) {
        this(data, false);
    }

    private PyBytes(byte[] data, boolean mutable) {
        Budget.checkSize(data.length);
        this.data = data;
        this.mutable = mutable;
    }

    PyBytes mutableCopy() {
        return new PyBytes(data.clone(), true);
    }

    /** A result of this value's operation: a bytearray's are bytearrays. */
    private PyBytes like(byte[] out) {
        return new PyBytes(out, mutable);
    }

    public int length() {
        return data.length;
    }

    byte[] data() {
        return data;
    }

    long at(int i) {
        return data[i] & 0xff;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyBytes b && compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** CPython hashes bytes with the same SipHash-1-3 as a Latin-1 str of the same code units. */
    long pyHash() {
        if (mutable) {
            throw PyErrors.typeError("unhashable type: 'bytearray'");
        }
        return data.length == 0 ? 0 : PythonHashes.notMinusOne(SipHash13.hash(data));
    }

    @Override
    public int compareTo(PyBytes other) {
        return Arrays.compareUnsigned(data, other.data);
    }

    @Override
    public Iterator<Object> iterator() {
        List<Object> ints = new ArrayList<>(data.length);
        for (byte b : data) {
            ints.add((long) (b & 0xff));
        }
        return ints.iterator();
    }

    @Override
    public String pyTypeName() {
        return mutable ? "bytearray" : "bytes";
    }

    @Override
    public String pyRepr() {
        boolean single = false;
        boolean dbl = false;
        for (byte b : data) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder(data.length + 3).append('b').append(quote);
        for (byte b : data) {
            int v = b & 0xff;
            if (v >= 0x80) {
                out.append(String.format("\\x%02x", v));
            } else if (!PyRepr.appendAsciiEscape(out, v, quote)) {
                out.append((char) v);
            }
        }
        out.append(quote);
        return mutable ? "bytearray(" + out + ")" : out.toString();
    }

    Object item(Object index) {
        if (index instanceof PySlice slice) {
            PySlice.Bounds b = slice.bounds(data.length);
            byte[] out = new byte[b.count()];
            for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
                out[i] = data[at];
            }
            return like(out);
        }
        if (!PyInts.isInt(index)) {
            throw PyErrors.typeError("byte indices must be integers or slices, not " + PyRepr.typeName(index));
        }
        long i = ((Number) PyInts.canonical(index)).longValue();
        if (i < 0) {
            i += data.length;
        }
        if (i < 0 || i >= data.length) {
            throw PyErrors.indexError("index out of range");
        }
        return at((int) i);
    }

    PyBytes concat(Object other) {
        if (!(other instanceof PyBytes b)) {
            throw PyErrors.typeError("can't concat " + PyRepr.typeName(other) + " to bytes");
        }
        Budget.checkSize((long) data.length + b.data.length);
        byte[] out = Arrays.copyOf(data, data.length + b.data.length);
        System.arraycopy(b.data, 0, out, data.length, b.data.length);
        return like(out);
    }

    PyBytes repeat(long times) {
        int n = (int) Math.max(0, times);
        Budget.checkSize((long) data.length * n);
        byte[] out = new byte[data.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, 0, out, i * data.length, data.length);
        }
        return like(out);
    }

    boolean contains(Object item) {
        if (PyInts.isInt(item)) {
            long v = ((Number) PyInts.canonical(item)).longValue();
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            for (byte b : data) {
                if ((b & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(bytesArg(item), 0) >= 0;
    }

    private int indexOf(byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= data.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (data[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytesArg(Object value) {
        if (value instanceof PyBytes b) {
            return b.data;
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + PyRepr.typeName(value) + "'");
    }

    String hex() {
        StringBuilder out = new StringBuilder(data.length * 2);
        for (byte b : data) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    static PyBytes fromHex(String text) {
        byte[] out = new byte[text.length() / 2];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == ' ') {
                i++;
                continue;
            }
            int hi = Character.digit(ch, 16);
            int lo = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0 || ch > 0x7f || text.charAt(i + 1) > 0x7f) {
                int at = hi < 0 || ch > 0x7f ? i : i + 1;
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
            }
            out[n++] = (byte) (hi * 16 + lo);
            i += 2;
        }
        return new PyBytes(Arrays.copyOf(out, n));
    }

    /** {@code bytes()}, {@code bytes(n)}, {@code bytes(str, encoding[, errors])}, {@code bytes(iterable of ints)}. */
    private static Object construct(PyCall c) {
        c.expect(0, 3, "source", "encoding", "errors");
        if (c.count() == 0 && !c.has(0, "source")) {
            return new PyBytes(new byte[0]);
        }
        Object source = c.arg(0, "source");
        Object encoding = c.arg(1, "encoding", null);
        if (source instanceof String s) {
            if (encoding == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return PyCodecs.encode(s, c.strArg(encoding, "bytes() argument 'encoding'"),
                    c.strArg(c.arg(2, "errors", "strict"), "bytes() argument 'errors'"));
        }
        if (encoding != null) {
            throw PyErrors.typeError("encoding without a string argument");
        }
        if (source instanceof PyBytes b) {
            return b.mutable ? new PyBytes(b.data.clone()) : b;
        }
        if (PyInts.isInt(source)) {
            long n = c.intArg(source, "bytes");
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            Budget.checkSize(n);
            return new PyBytes(new byte[(int) n]);
        }
        Iterator<?> it = PySequences.iterate(source);
        byte[] out = new byte[16];
        int n = 0;
        while (it.hasNext()) {
            Object x = it.next();
            if (!PyInts.isInt(x)) {
                throw PyErrors.typeError("'" + PyRepr.typeName(x) + "' object cannot be interpreted as an integer");
            }
            long v = ((Number) PyInts.canonical(x)).longValue();
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("bytes must be in range(0, 256)");
            }
            if (n == out.length) {
                Budget.checkSize(n * 2L);
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = (byte) v;
        }
        return new PyBytes(Arrays.copyOf(out, n));
    }

    private static void method(HostRegistry registry, String name, BiFunction<PyBytes, PyCall, Object> body) {
        registry.method(PyBytes.class, name, HostRegistry.ANY_ARITY, new PyMethod(name, (receiver, call) -> {
            PyBytes self = (PyBytes) receiver;
            Object result = body.apply(self, call);
            return self.mutable && result instanceof PyBytes b && !b.mutable ? b.mutableCopy() : result;
        }));
    }

    private static void mutator(HostRegistry registry, String name, BiFunction<PyBytes, PyCall, Object> body) {
        method(registry, name, (b, c) -> {
            if (!b.mutable) {
                throw PyErrors.ATTRIBUTE_ERROR.raise("'bytes' object has no attribute '" + name + "'");
            }
            return body.apply(b, c);
        });
    }

    private static int byteValue(Object value) {
        if (!PyInts.isInt(value)) {
            throw PyErrors.typeError("'" + PyRepr.typeName(value) + "' object cannot be interpreted as an integer");
        }
        long v = ((Number) PyInts.canonical(value)).longValue();
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    /** {@code bytearray[index] = value}: one int 0–255 at an index (negative from the end). */
    void setItem(Object index, Object value) {
        if (!mutable) {
            throw PyErrors.typeError("'bytes' object does not support item assignment");
        }
        if (!PyInts.isInt(index)) {
            throw PyErrors.typeError("bytearray indices must be integers or slices, not " + PyRepr.typeName(index));
        }
        long i = ((Number) PyInts.canonical(index)).longValue();
        if (i < 0) {
            i += data.length;
        }
        if (i < 0 || i >= data.length) {
            throw PyErrors.indexError("bytearray index out of range");
        }
        data[(int) i] = (byte) byteValue(value);
    }

    private void replace(byte[] next) {
        Budget.checkSize(next.length);
        data = next;
    }

    private static void installMutators(HostRegistry registry) {
        registry.global("bytearray", BYTEARRAY);
        mutator(registry, "append", (b, c) -> {
            byte[] next = Arrays.copyOf(b.data, b.data.length + 1);
            next[b.data.length] = (byte) byteValue(c.expect(1, 1).arg(0, "item"));
            b.replace(next);
            return null;
        });
        mutator(registry, "extend", (b, c) -> {
            Object source = c.expect(1, 1).arg(0, "iterable_of_ints");
            byte[] more;
            if (source instanceof PyBytes other) {
                more = other.data.clone();
            } else {
                List<Object> items = PySequences.toList(source);
                more = new byte[items.size()];
                for (int i = 0; i < more.length; i++) {
                    more[i] = (byte) byteValue(items.get(i));
                }
            }
            byte[] next = Arrays.copyOf(b.data, b.data.length + more.length);
            System.arraycopy(more, 0, next, b.data.length, more.length);
            b.replace(next);
            return null;
        });
        mutator(registry, "pop", (b, c) -> {
            c.expect(0, 1);
            if (b.data.length == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            long i = c.count() == 0 ? b.data.length - 1 : c.intArg(c.arg(0, "index"), "index");
            if (i < 0) {
                i += b.data.length;
            }
            if (i < 0 || i >= b.data.length) {
                throw PyErrors.indexError("pop index out of range");
            }
            long value = b.at((int) i);
            byte[] next = new byte[b.data.length - 1];
            System.arraycopy(b.data, 0, next, 0, (int) i);
            System.arraycopy(b.data, (int) i + 1, next, (int) i, next.length - (int) i);
            b.replace(next);
            return value;
        });
        mutator(registry, "clear", (b, c) -> {
            c.expect(0, 0);
            b.replace(new byte[0]);
            return null;
        });
        mutator(registry, "reverse", (b, c) -> {
            c.expect(0, 0);
            byte[] next = new byte[b.data.length];
            for (int i = 0; i < next.length; i++) {
                next[i] = b.data[b.data.length - 1 - i];
            }
            b.replace(next);
            return null;
        });
        mutator(registry, "copy", (b, c) -> b.mutableCopy());
    }

    static void install(HostRegistry registry) {
        registry.global("bytes", TYPE);
        installMutators(registry);
        method(registry, "decode", (b, c) -> {
            c.expect(0, 2, "encoding", "errors");
            return PyCodecs.decode(b.data, c.strArg(c.arg(0, "encoding", "utf-8"), "decode() argument 'encoding'"),
                    c.strArg(c.arg(1, "errors", "strict"), "decode() argument 'errors'"));
        });
        method(registry, "hex", (b, c) -> b.hex());
        method(registry, "startswith", (b, c) -> affix(b, c.expect(1, 1).arg(0, "prefix"), true));
        method(registry, "endswith", (b, c) -> affix(b, c.expect(1, 1).arg(0, "suffix"), false));
        method(registry, "find", (b, c) -> (long) b.indexOf(bytesArg(c.expect(1, 1).arg(0, "sub")), 0));
        method(registry, "count", (b, c) -> {
            byte[] sub = bytesArg(c.expect(1, 1).arg(0, "sub"));
            long count = 0;
            for (int at = b.indexOf(sub, 0); at >= 0 && sub.length > 0; at = b.indexOf(sub, at + sub.length)) {
                count++;
            }
            return sub.length == 0 ? b.data.length + 1L : count;
        });
        method(registry, "upper", (b, c) -> b.mapAscii(Character::toUpperCase));
        method(registry, "lower", (b, c) -> b.mapAscii(Character::toLowerCase));
        method(registry, "strip", (b, c) -> b.strip());
        method(registry, "split", (b, c) -> b.split(c.expect(0, 1, "sep").arg(0, "sep", null)));
        method(registry, "join", (b, c) -> {
            List<Object> parts = new ArrayList<>();
            PySequences.iterate(c.expect(1, 1).arg(0, "iterable")).forEachRemaining(parts::add);
            PyBytes out = new PyBytes(new byte[0]);
            for (int i = 0; i < parts.size(); i++) {
                if (!(parts.get(i) instanceof PyBytes)) {
                    throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + PyRepr.typeName(parts.get(i)) + " found");
                }
                out = (i == 0 ? out : out.concat(b)).concat(parts.get(i));
            }
            return out;
        });
    }

    private static boolean affix(PyBytes b, Object affix, boolean start) {
        byte[] a = bytesArg(affix);
        if (a.length > b.data.length) {
            return false;
        }
        int from = start ? 0 : b.data.length - a.length;
        return Arrays.equals(b.data, from, from + a.length, a, 0, a.length);
    }

    private PyBytes mapAscii(java.util.function.IntUnaryOperator f) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 0) {
                out[i] = (byte) f.applyAsInt(out[i]);
            }
        }
        return new PyBytes(out);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    private PyBytes strip() {
        int from = 0;
        int to = data.length;
        while (from < to && isSpace(data[from])) {
            from++;
        }
        while (to > from && isSpace(data[to - 1])) {
            to--;
        }
        return new PyBytes(Arrays.copyOfRange(data, from, to));
    }

    private List<Object> split(Object sepArg) {
        List<Object> out = new ArrayList<>();
        if (sepArg == null) {
            int i = 0;
            while (i < data.length) {
                while (i < data.length && isSpace(data[i])) {
                    i++;
                }
                int start = i;
                while (i < data.length && !isSpace(data[i])) {
                    i++;
                }
                if (i > start) {
                    out.add(new PyBytes(Arrays.copyOfRange(data, start, i)));
                }
            }
            return out;
        }
        byte[] sep = bytesArg(sepArg);
        if (sep.length == 0) {
            throw PyErrors.valueError("empty separator");
        }
        int start = 0;
        for (int at = indexOf(sep, 0); at >= 0; at = indexOf(sep, start)) {
            out.add(new PyBytes(Arrays.copyOfRange(data, start, at)));
            start = at + sep.length;
        }
        out.add(new PyBytes(Arrays.copyOfRange(data, start, data.length)));
        return out;
    }
}
