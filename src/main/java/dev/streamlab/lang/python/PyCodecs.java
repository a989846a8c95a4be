package dev.streamlab.lang.python;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs lessons use (utf-8, ascii, latin-1) with the error
 * handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace, raising CPython's UnicodeEncodeError
 * and UnicodeDecodeError with its words (a UTF-8 error covers the maximal invalid subpart, as CPython's does).
 */
final class PyCodecs {

    private enum Codec {
        UTF_8("utf-8", 0x10ffff), ASCII("ascii", 0x7f), LATIN_1("latin-1", 0xff);

        final String label;
        final int max;

        Codec(String label, int max) {
            this.label = label;
            this.max = max;
        }
    }

    private PyCodecs() {
    }

    private static Codec codec(String encoding) {
        String name = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (name) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> Codec.UTF_8;
            case "ascii", "us_ascii", "646" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819" -> Codec.LATIN_1;
            default -> throw PyErrors.LOOKUP_ERROR.raise("unknown encoding: " + encoding);
        };
    }

    private static RuntimeException unknownHandler(String errors) {
        return PyErrors.LOOKUP_ERROR.raise("unknown error handler name '" + errors + "'");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static PyBytes encode(String s, String encoding, String errors) {
        Codec codec = codec(encoding);
        int[] points = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(points.length);
        for (int i = 0; i < points.length; i++) {
            int cp = points[i];
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp <= codec.max && !(codec == Codec.UTF_8 && surrogate)) {
                writeCodePoint(out, cp, codec);
                continue;
            }
            int end = i + 1;
            while (end < points.length && (points[end] > codec.max
                    || (codec == Codec.UTF_8 && points[end] >= 0xd800 && points[end] <= 0xdfff))) {
                end++;
            }
            switch (errors) {
                case "strict" -> throw encodeError(codec, points, i, end);
                case "ignore" -> { }
                case "replace" -> out.writeBytes(ascii("?".repeat(end - i)));
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(ascii(escape(points[k])));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(ascii("&#" + points[k] + ";"));
                    }
                }
                default -> throw unknownHandler(errors);
            }
            i = end - 1;
        }
        return new PyBytes(out.toByteArray());
    }

    private static void writeCodePoint(ByteArrayOutputStream out, int cp, Codec codec) {
        if (codec != Codec.UTF_8 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | cp >> 6);
            out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out.write(0xe0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        } else {
            out.write(0xf0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3f);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        }
    }

    /** Python's {@code \xe9}, {@code \u20ac}, {@code \U0001f600}. */
    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static RuntimeException encodeError(Codec codec, int[] points, int start, int end) {
        String reason = codec == Codec.UTF_8 ? "surrogates not allowed"
                : "ordinal not in range(" + (codec.max + 1) + ")";
        String what = end - start == 1 ? "character '" + escape(points[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return PyErrors.UNICODE_ENCODE_ERROR.raise("'" + codec.label + "' codec can't encode " + what + ": " + reason);
    }

    static String decode(byte[] data, String encoding, String errors) {
        Codec codec = codec(encoding);
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xff;
            if (codec == Codec.LATIN_1 || b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int end;
            String reason;
            if (codec == Codec.ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
                int k = 1;
                int cp = need == 1 ? b & 0x1f : need == 2 ? b & 0x0f : b & 0x07;
                while (k <= need && i + k < data.length && continuationFits(b, k, data[i + k] & 0xff)) {
                    cp = cp << 6 | data[i + k] & 0x3f;
                    k++;
                }
                if (need > 0 && k > need) {
                    out.appendCodePoint(cp);
                    i += k;
                    continue;
                }
                end = i + k;
                reason = need == 0 ? "invalid start byte"
                        : i + k >= data.length ? "unexpected end of data" : "invalid continuation byte";
            }
            switch (errors) {
                case "strict" -> {
                    String what = end - i == 1 ? String.format("byte 0x%02x in position %d", data[i] & 0xff, i)
                            : "bytes in position " + i + "-" + (end - 1);
                    throw PyErrors.UNICODE_DECODE_ERROR.raise("'" + codec.label + "' codec can't decode " + what
                            + ": " + reason);
                }
                case "ignore" -> { }
                case "replace" -> out.append(codec == Codec.ASCII ? "\ufffd".repeat(end - i) : "\ufffd");
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.append(String.format("\\x%02x", data[k] & 0xff));
                    }
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toString();
    }

    /** The k-th byte after lead byte {@code lead}: 80–BF, narrowed after E0, ED, F0 and F4 so no overlong form or
     * surrogate decodes. */
    private static boolean continuationFits(int lead, int k, int b) {
        if (k == 1) {
            return switch (lead) {
                case 0xe0 -> b >= 0xa0 && b <= 0xbf;
                case 0xed -> b >= 0x80 && b <= 0x9f;
                case 0xf0 -> b >= 0x90 && b <= 0xbf;
                case 0xf4 -> b >= 0x80 && b <= 0x8f;
                default -> b >= 0x80 && b <= 0xbf;
            };
        }
        return b >= 0x80 && b <= 0xbf;
    }
}
