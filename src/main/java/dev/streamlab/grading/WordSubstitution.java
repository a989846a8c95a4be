package dev.streamlab.grading;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every word (a run of letters) of a stream by another made of letters of the same script seen in that
 * stream, consistently and one to one, so a program that computes from its input gives the same answer in kind while
 * a program that prints what it expects to see does not. Case is kept letter by letter and words that differ only in
 * case stay so; digits, punctuation, emoji and spaces are untouched. Words the reference program itself names (a
 * keyword it filters on, say) keep their meaning and are not replaced, and so do the parts of the data's syntax: the
 * letters of a number ({@code 1e5}, {@code 0xff}), of an escape ({@code \n}, {@code \u00e9}) and the literals
 * {@code true}, {@code false}, {@code null}.
 */
final class WordSubstitution {

    private static final int TRIES_PER_LENGTH = 8;
    /** Words that are syntax in the data formats streams carry (JSON, Python and Scala literals), kept as they are. */
    private static final Set<String> FORMAT_WORDS = Set.of("true", "false", "null", "True", "False", "None",
            "NaN", "Infinity");
    /** A double- or single-quoted literal on one line, escapes included (Scala and Python alike). */
    private static final Pattern STRING_LITERAL =
            Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");

    private final Random random;
    private final Map<UnicodeScript, int[]> alphabets;
    private final Map<String, String> replacements = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private WordSubstitution(Random random, Map<UnicodeScript, int[]> alphabets, Set<String> kept) {
        this.random = random;
        this.alphabets = alphabets;
        for (String word : kept) {
            replacements.put(word, word);
            used.add(word);
        }
    }

    /** A substitution for the words of {@code lines}, keeping the (lower-case) words of {@code kept}. */
    static WordSubstitution over(List<String> lines, Set<String> kept, Random random) {
        Map<UnicodeScript, Set<Integer>> letters = new HashMap<>();
        for (String line : lines) {
            line.codePoints().filter(Character::isLetter).map(Character::toLowerCase)
                    .forEach(c -> letters.computeIfAbsent(UnicodeScript.of(c), s -> new TreeSet<>()).add(c));
        }
        Map<UnicodeScript, int[]> alphabets = new HashMap<>();
        letters.forEach((script, set) -> alphabets.put(script, set.stream().mapToInt(Integer::intValue).toArray()));
        return new WordSubstitution(random, alphabets, kept);
    }

    /**
     * The lower-case words inside the string literals of a program ({@code "ERROR"}, {@code '#spark'}): the words
     * its logic may look for, which a variant must keep.
     */
    static Set<String> literalWordsOf(String program) {
        Set<String> words = new HashSet<>();
        Matcher literal = STRING_LITERAL.matcher(program);
        while (literal.find()) {
            addWords(literal.group(), words);
        }
        return words;
    }

    private static void addWords(String text, Set<String> words) {
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetter(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
    }

    String apply(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                int end = escapeEnd(line, i);
                out.append(line, i, end);
                i = end;
                continue;
            }
            if (!Character.isLetter(c)) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < line.length() && Character.isLetter(line.codePointAt(end))) {
                end += Character.charCount(line.codePointAt(end));
            }
            String word = line.substring(i, end);
            boolean partOfNumber = i > 0 && Character.isDigit(line.charAt(i - 1));
            out.append(partOfNumber || FORMAT_WORDS.contains(word) ? word : replace(word));
            i = end;
        }
        return out.toString();
    }

    /** Where the escape sequence at {@code start} ends: {@code \n}, {@code \\}, {@code \u00e9}, {@code \x41}. */
    private static int escapeEnd(String line, int start) {
        int end = start + 1 + Character.charCount(line.codePointAt(start + 1));
        char kind = line.charAt(start + 1);
        int hexDigits = kind == 'u' ? 4 : kind == 'x' ? 2 : kind == 'U' ? 8 : 0;
        while (hexDigits-- > 0 && end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
            end++;
        }
        return end;
    }

    private String replace(String word) {
        int[] original = word.codePoints().toArray();
        StringBuilder lower = new StringBuilder();
        for (int c : original) {
            lower.appendCodePoint(Character.toLowerCase(c));
        }
        String replacement = replacements.computeIfAbsent(lower.toString(), this::fresh);
        int[] chosen = replacement.codePoints().toArray();
        StringBuilder cased = new StringBuilder();
        for (int k = 0; k < chosen.length; k++) {
            int model = original[Math.min(k, original.length - 1)];
            cased.appendCodePoint(Character.isUpperCase(model) || Character.isTitleCase(model)
                    ? Character.toUpperCase(chosen[k]) : chosen[k]);
        }
        return cased.toString();
    }

    /** A word not used yet, of the same length if possible, each letter from the script of the letter it replaces. */
    private String fresh(String lowerWord) {
        int[] letters = lowerWord.codePoints().toArray();
        for (int length = letters.length; ; length++) {
            for (int attempt = 0; attempt < TRIES_PER_LENGTH; attempt++) {
                StringBuilder candidate = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    int[] alphabet = alphabetOf(letters[Math.min(k, letters.length - 1)]);
                    candidate.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
                }
                String word = candidate.toString();
                if (used.add(word)) {
                    return word;
                }
            }
        }
    }

    private int[] alphabetOf(int letter) {
        int[] alphabet = alphabets.get(UnicodeScript.of(letter));
        return alphabet == null ? new int[] {letter} : alphabet;
    }

    /** The replacements made so far, for tests and for explaining a variant. */
    Map<String, String> replacements() {
        return Map.copyOf(replacements);
    }
}
