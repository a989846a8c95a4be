package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.CodeSite;
import dev.streamlab.lang.runtime.ContextConstructor;
import dev.streamlab.lang.runtime.Extractor;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scala.util.matching.Regex} ({@code "\\d+".r}, {@code new Regex(...)}): java.util.regex, as Scala's is, with
 * the members students use and its extractor ({@code case Date(y, m) =>}, a whole-string match unless
 * {@code unanchored}). Matching reads the text through the run's step budget, so a pattern that backtracks
 * catastrophically ends as a too-long run instead of hanging the sandbox.
 */
final class ScalaRegex implements Extractor {

    /** Characters read per budget step: the budget bounds a runaway match without slowing an ordinary one. */
    private static final int READS_PER_STEP = 1024;

    private final Pattern pattern;
    private final boolean anchored;
    private final RunContext context;

    private ScalaRegex(Pattern pattern, boolean anchored, RunContext context) {
        this.pattern = pattern;
        this.anchored = anchored;
        this.context = context;
    }

    @Override
    public Object[] unapply(Object value) {
        if (!(value instanceof CharSequence text)) {
            return null;
        }
        Matcher m = matcher(text.toString());
        if (!(anchored ? m.matches() : m.find())) {
            return null;
        }
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.group(i + 1);
        }
        return groups;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    private Matcher matcher(String text) {
        return pattern.matcher(new MeteredText(text, this));
    }

    static void install(HostRegistry r) {
        HostObject regex = new HostObject("Regex")
                .constructor((ContextConstructor) (context, types, args) -> new ScalaRegex(
                        Pattern.compile(String.valueOf(args[0])), true, context))
                .function("quote", 1, a -> Pattern.quote(String.valueOf(a[0])))
                .typeTest(v -> v instanceof ScalaRegex);
        r.importable("scala.util.matching.Regex", regex);
        r.method(String.class, "r", 0, (context, s, a) -> new ScalaRegex(Pattern.compile((String) s), true, context));
        on(r, "findAllIn", 1, (x, a) -> ScalaSeq.of(ScalaSeq.Kind.ITERATOR,
                x.all(text(a[0])).stream().map(Object::toString).toList()));
        on(r, "findAllMatchIn", 1, (x, a) -> ScalaSeq.of(ScalaSeq.Kind.ITERATOR, x.all(text(a[0]))));
        on(r, "findFirstIn", 1, (x, a) -> x.first(text(a[0])).map(Match::matched));
        on(r, "findFirstMatchIn", 1, (x, a) -> x.first(text(a[0])));
        on(r, "findPrefixOf", 1, (x, a) -> {
            Matcher m = x.matcher(text(a[0]));
            return m.lookingAt() ? Optional.of(m.group()) : Optional.empty();
        });
        on(r, "matches", 1, (x, a) -> x.matcher(text(a[0])).matches());
        on(r, "replaceAllIn", 2, (x, a) -> x.replace(text(a[0]), a[1], true));
        on(r, "replaceFirstIn", 2, (x, a) -> x.replace(text(a[0]), a[1], false));
        on(r, "split", 1, (x, a) -> ScalaSeq.array(Arrays.asList((Object[]) x.pattern.split(
                new MeteredText(text(a[0]), x)))));
        on(r, "unanchored", 0, (x, a) -> new ScalaRegex(x.pattern, false, x.context));
        on(r, "regex", 0, (x, a) -> x.pattern.pattern());
        on(r, "toString", 0, (x, a) -> x.pattern.pattern());
        Match.install(r);
    }

    private static void on(HostRegistry r, String name, int arity, java.util.function.BiFunction<ScalaRegex,
            Object[], Object> body) {
        r.method(ScalaRegex.class, name, arity, (NativeMethod) (context, x, a) -> body.apply((ScalaRegex) x, a));
    }

    private static String text(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        throw new dev.streamlab.lang.runtime.LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value),
                "CharSequence");
    }

    private List<Object> all(String text) {
        List<Object> matches = new ArrayList<>();
        Matcher m = matcher(text);
        while (m.find()) {
            matches.add(new Match(m, text));
        }
        return matches;
    }

    private Optional<Match> first(String text) {
        Matcher m = matcher(text);
        return m.find() ? Optional.of(new Match(m, text)) : Optional.empty();
    }

    /** Scala quotes what a replacer function returns; a replacement string keeps {@code $1} group references. */
    private String replace(String text, Object replacement, boolean all) {
        Matcher m = matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while ((!found || all) && m.find()) {
            found = true;
            String with = replacement instanceof LangFunction f
                    ? Matcher.quoteReplacement(String.valueOf(ScalaPrinter.show(f.call1(new Match(m, text)))))
                    : String.valueOf(replacement);
            m.appendReplacement(out, with);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code Regex.Match}: one match's text, groups and place; prints as the matched text. */
    static final class Match {
        private final String source;
        private final int start;
        private final int end;
        private final String[] groups;

        private Match(Matcher m, String source) {
            this.source = source;
            this.start = m.start();
            this.end = m.end();
            this.groups = new String[m.groupCount() + 1];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = m.group(i);
            }
        }

        String matched() {
            return groups[0];
        }

        @Override
        public String toString() {
            return groups[0];
        }

        private String group(Object index) {
            int i = Fns.toInt(index);
            if (i < 0 || i >= groups.length) {
                throw new IndexOutOfBoundsException("No group " + i);
            }
            return groups[i];
        }

        static void install(HostRegistry r) {
            Class<Match> m = Match.class;
            Fns.method(r, m, "group", 1, (x, a) -> x.group(a[0]));
            Fns.method(r, m, "matched", 0, (x, a) -> x.groups[0]);
            Fns.method(r, m, "start", 0, (x, a) -> x.start);
            Fns.method(r, m, "end", 0, (x, a) -> x.end);
            Fns.method(r, m, "groupCount", 0, (x, a) -> x.groups.length - 1);
            Fns.method(r, m, "before", 0, (x, a) -> x.source.substring(0, x.start));
            Fns.method(r, m, "after", 0, (x, a) -> x.source.substring(x.end));
            Fns.method(r, m, "subgroups", 0, (x, a) -> ScalaSeq.list(
                    Arrays.asList((Object[]) Arrays.copyOfRange(x.groups, 1, x.groups.length))));
            Fns.method(r, m, "toString", 0, (x, a) -> x.groups[0]);
        }
    }

    /** The text a match reads, charging the run's step budget as the matcher reads it. */
    private static final class MeteredText implements CharSequence {
        private final String text;
        private final ScalaRegex regex;
        private int reads;

        MeteredText(String text, ScalaRegex regex) {
            this.text = text;
            this.regex = regex;
        }

        @Override
        public char charAt(int index) {
            if (++reads == READS_PER_STEP) {
                reads = 0;
                RunContext context = regex.context;
                context.budget().step(new CodeSite("Regex(" + regex.pattern.pattern() + ")", context.callSite()));
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
