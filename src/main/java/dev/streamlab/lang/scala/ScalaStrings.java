package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * String and Char methods with the JVM's semantics: {@code split} takes a Java regex and drops trailing empty
 * strings, {@code toInt} throws {@code java.lang.NumberFormatException: For input string: "x"}, and the
 * StringOps collection methods treat a string as a sequence of chars.
 */
final class ScalaStrings {

    private ScalaStrings() {
    }

    private static List<Object> chars(String s) {
        List<Object> out = new ArrayList<>(s.length());
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }

    /** StringOps results: a String when every element is a Char, else a sequence. */
    private static Object fromChars(Object result) {
        if (result instanceof ScalaSeq seq) {
            StringBuilder out = new StringBuilder();
            for (Object item : seq) {
                if (!(item instanceof Character c)) {
                    return ScalaSeq.of(ScalaSeq.Kind.ARRAY_SEQ, seq);
                }
                out.append(c.charValue());
            }
            return out.toString();
        }
        return result;
    }

    private static Object viaChars(String s, java.util.function.Function<Object, Object> operation) {
        return fromChars(operation.apply(ScalaSeq.of(ScalaSeq.Kind.VECTOR, chars(s))));
    }

    private static String str(Object value) {
        return ScalaPrinter.show(value);
    }

    private static ScalaSeq split(String s, String regex, int limit) {
        return ScalaSeq.array(Arrays.asList((Object[]) s.split(regex, limit)));
    }

    /** Scala's {@code stripMargin}: on each line, drops leading blanks up to and including a {@code |}. */
    private static String stripMargin(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith("|")) {
                lines[i] = trimmed.substring(1);
            }
        }
        return String.join("\n", lines);
    }

    static void install(HostRegistry r) {
        Class<String> s = String.class;
        method(r, s, "split", 1, (x, a) -> a[0] instanceof Character c ? split(x, java.util.regex.Pattern.quote(
                String.valueOf(c)), 0) : split(x, str(a[0]), 0));
        method(r, s, "split", 2, (x, a) -> split(x, str(a[0]), Fns.toInt(a[1])));
        method(r, s, "trim", 0, (x, a) -> x.trim());
        method(r, s, "stripMargin", 0, (x, a) -> stripMargin(x));
        method(r, s, "strip", 0, (x, a) -> x.strip());
        method(r, s, "toLowerCase", 0, (x, a) -> x.toLowerCase());
        method(r, s, "toUpperCase", 0, (x, a) -> x.toUpperCase());
        method(r, s, "capitalize", 0, (x, a) -> x.isEmpty() ? x
                : Character.toUpperCase(x.charAt(0)) + x.substring(1));
        method(r, s, "replaceAll", 2, (x, a) -> x.replaceAll(str(a[0]), str(a[1])));
        method(r, s, "replaceFirst", 2, (x, a) -> x.replaceFirst(str(a[0]), str(a[1])));
        method(r, s, "replace", 2, (x, a) -> x.replace(str(a[0]), str(a[1])));
        method(r, s, "startsWith", 1, (x, a) -> x.startsWith(str(a[0])));
        method(r, s, "endsWith", 1, (x, a) -> x.endsWith(str(a[0])));
        method(r, s, "stripSuffix", 1, (x, a) -> x.endsWith(str(a[0]))
                ? x.substring(0, x.length() - str(a[0]).length()) : x);
        method(r, s, "stripPrefix", 1, (x, a) -> x.startsWith(str(a[0])) ? x.substring(str(a[0]).length()) : x);
        method(r, s, "contains", 1, (x, a) -> x.contains(str(a[0])));
        method(r, s, "matches", 1, (x, a) -> x.matches(str(a[0])));
        method(r, s, "equalsIgnoreCase", 1, (x, a) -> x.equalsIgnoreCase(str(a[0])));
        method(r, s, "compareTo", 1, (x, a) -> x.compareTo(str(a[0])));
        method(r, s, "compare", 1, (x, a) -> x.compareTo(str(a[0])));
        method(r, s, "length", 0, (x, a) -> x.length());
        method(r, s, "size", 0, (x, a) -> x.length());
        method(r, s, "isEmpty", 0, (x, a) -> x.isEmpty());
        method(r, s, "nonEmpty", 0, (x, a) -> !x.isEmpty());
        method(r, s, "isBlank", 0, (x, a) -> x.isBlank());
        method(r, s, "toInt", 0, (x, a) -> Integer.parseInt(x));
        method(r, s, "toLong", 0, (x, a) -> Long.parseLong(x));
        method(r, s, "toDouble", 0, (x, a) -> Double.parseDouble(x));
        method(r, s, "toFloat", 0, (x, a) -> Float.parseFloat(x));
        method(r, s, "toBoolean", 0, (x, a) -> {
            if (x.equalsIgnoreCase("true") || x.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(x);
            }
            throw ScalaErrors.ILLEGAL_ARGUMENT.raise("For input string: \"" + x + "\"");
        });
        method(r, s, "toString", 0, (x, a) -> x);
        method(r, s, "hashCode", 0, (x, a) -> x.hashCode());
        method(r, s, "charAt", 1, (x, a) -> x.charAt(Fns.toInt(a[0])));
        method(r, s, "apply", 1, (x, a) -> x.charAt(Fns.toInt(a[0])));
        method(r, s, "indexOf", 1, (x, a) -> a[0] instanceof Character c ? x.indexOf(c) : x.indexOf(str(a[0])));
        method(r, s, "lastIndexOf", 1, (x, a) -> a[0] instanceof Character c ? x.lastIndexOf(c)
                : x.lastIndexOf(str(a[0])));
        method(r, s, "substring", 1, (x, a) -> x.substring(Fns.toInt(a[0])));
        method(r, s, "substring", 2, (x, a) -> x.substring(Fns.toInt(a[0]), Fns.toInt(a[1])));
        method(r, s, "concat", 1, (x, a) -> x.concat(str(a[0])));
        method(r, s, "format", HostRegistry.ANY_ARITY, ScalaFormat::format);
        method(r, s, "*", 1, (x, a) -> {
            int n = Math.max(0, Fns.toInt(a[0]));
            Budget.checkSize((long) x.length() * n);
            return x.repeat(n);
        });
        method(r, s, "reverse", 0, (x, a) -> new StringBuilder(x).reverse().toString());
        method(r, s, "head", 0, (x, a) -> {
            if (x.isEmpty()) {
                throw ScalaErrors.NO_SUCH_ELEMENT.raise("next on empty iterator");
            }
            return x.charAt(0);
        });
        method(r, s, "last", 0, (x, a) -> {
            if (x.isEmpty()) {
                throw ScalaErrors.NO_SUCH_ELEMENT.raise("next on empty iterator");
            }
            return x.charAt(x.length() - 1);
        });
        method(r, s, "tail", 0, (x, a) -> x.isEmpty() ? x : x.substring(1));
        method(r, s, "take", 1, (x, a) -> x.substring(0, Math.max(0, Math.min(x.length(), Fns.toInt(a[0])))));
        method(r, s, "drop", 1, (x, a) -> x.substring(Math.max(0, Math.min(x.length(), Fns.toInt(a[0])))));
        method(r, s, "takeRight", 1, (x, a) -> x.substring(Math.max(0, x.length() - Math.max(0, Fns.toInt(a[0])))));
        method(r, s, "dropRight", 1, (x, a) -> x.substring(0, Math.max(0, x.length() - Math.max(0,
                Fns.toInt(a[0])))));
        method(r, s, "toList", 0, (x, a) -> ScalaSeq.list(chars(x)));
        method(r, s, "toSeq", 0, (x, a) -> ScalaSeq.of(ScalaSeq.Kind.ARRAY_SEQ, chars(x)));
        method(r, s, "toArray", 0, (x, a) -> ScalaSeq.array(chars(x)));
        method(r, s, "toCharArray", 0, (x, a) -> ScalaSeq.array(chars(x)));
        method(r, s, "toSet", 0, (x, a) -> ScalaSet.of(false, chars(x)));
        method(r, s, "lines", 0, (x, a) -> ScalaSeq.list(Arrays.asList((Object[]) x.split("\\R"))));
        method(r, s, "map", 1, (x, a) -> viaChars(x, v -> ScalaCollections.map(v, a[0])));
        method(r, s, "filter", 1, (x, a) -> viaChars(x, v -> ScalaCollections.filter(v, a[0], true)));
        method(r, s, "filterNot", 1, (x, a) -> viaChars(x, v -> ScalaCollections.filter(v, a[0], false)));
        method(r, s, "flatMap", 1, (x, a) -> viaChars(x, v -> ScalaCollections.flatMap(v, a[0])));
        method(r, s, "distinct", 0, (x, a) -> viaChars(x, ScalaCollections::distinct));
        method(r, s, "sorted", 0, (x, a) -> viaChars(x, v -> ScalaCollections.sorted(v, ScalaOrdering.NATURAL)));
        method(r, s, "count", 1, (x, a) -> ScalaCollections.count(chars(x), a[0]));
        method(r, s, "exists", 1, (x, a) -> ScalaCollections.exists(chars(x), a[0], false));
        method(r, s, "forall", 1, (x, a) -> ScalaCollections.exists(chars(x), a[0], true));
        method(r, s, "foreach", 1, (x, a) -> ScalaCollections.foreach(chars(x), a[0]));
        method(r, s, "zipWithIndex", 0, (x, a) -> ScalaCollections.zipWithIndex(
                ScalaSeq.of(ScalaSeq.Kind.ARRAY_SEQ, chars(x))));
        method(r, s, "mkString", 1, (x, a) -> ScalaCollections.mkString(chars(x), "", str(a[0]), ""));
        method(r, s, "mkString", 0, (x, a) -> x);

        Class<Character> c = Character.class;
        method(r, c, "isUpper", 0, (x, a) -> Character.isUpperCase(x));
        method(r, c, "isLower", 0, (x, a) -> Character.isLowerCase(x));
        method(r, c, "isDigit", 0, (x, a) -> Character.isDigit(x));
        method(r, c, "isLetter", 0, (x, a) -> Character.isLetter(x));
        method(r, c, "isLetterOrDigit", 0, (x, a) -> Character.isLetterOrDigit(x));
        method(r, c, "isWhitespace", 0, (x, a) -> Character.isWhitespace(x));
        method(r, c, "isSpaceChar", 0, (x, a) -> Character.isSpaceChar(x));
        method(r, c, "toUpper", 0, (x, a) -> Character.toUpperCase(x));
        method(r, c, "toLower", 0, (x, a) -> Character.toLowerCase(x));
        method(r, c, "asDigit", 0, (x, a) -> Character.digit(x, 36));
        method(r, c, "toInt", 0, (x, a) -> (int) x);
        method(r, c, "toLong", 0, (x, a) -> (long) x);
        method(r, c, "toDouble", 0, (x, a) -> (double) x);
        method(r, c, "toChar", 0, (x, a) -> x);
        method(r, c, "toString", 0, (x, a) -> String.valueOf(x));
    }
}
