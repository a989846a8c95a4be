package dev.streamlab.exercise;

import java.util.List;
import java.util.Locale;

/** The five languages a course is written in; each names its files with its tag ({@code instructions.zh-CN.md}). */
public enum CourseLocale {
    EN("en", "English", "English"),
    FR("fr", "French", "Français"),
    RU("ru", "Russian", "Русский"),
    ZH_CN("zh-CN", "Simplified Chinese", "简体中文"),
    ZH_TW("zh-TW", "Traditional Chinese", "繁體中文");

    private final String tag;
    private final String englishName;
    private final String nativeName;

    CourseLocale(String tag, String englishName, String nativeName) {
        this.tag = tag;
        this.englishName = englishName;
        this.nativeName = nativeName;
    }

    /** How a language switcher names it, in that language. */
    public String nativeName() {
        return nativeName;
    }

    /** The file-name tag and the {@code ?lang=} value: {@code en}, {@code zh-TW}. */
    public String tag() {
        return tag;
    }

    /** How an instructor's messages name it. */
    public String englishName() {
        return englishName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static List<CourseLocale> translations() {
        return List.of(FR, RU, ZH_CN, ZH_TW);
    }

    /** The exact tag ({@code zh-TW}, case-insensitive, {@code _} accepted), or null. */
    public static CourseLocale ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        String normal = tag.replace('_', '-');
        for (CourseLocale candidate : values()) {
            if (candidate.tag.equalsIgnoreCase(normal)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The course language closest to {@code locale}: Chinese written in traditional characters (Taiwan, Hong Kong,
     * Macau, or the Hant script) reads zh-TW, any other Chinese zh-CN; anything unsupported reads English.
     */
    public static CourseLocale closestTo(Locale locale) {
        if (locale == null) {
            return EN;
        }
        String language = locale.getLanguage();
        if (language.equals("zh")) {
            String region = locale.getCountry();
            boolean traditional = locale.getScript().equals("Hant") || region.equals("TW") || region.equals("HK")
                    || region.equals("MO");
            return traditional ? ZH_TW : ZH_CN;
        }
        for (CourseLocale candidate : values()) {
            if (candidate.tag.equals(language)) {
                return candidate;
            }
        }
        return EN;
    }

    /** Like {@link #closestTo} but null when the locale's language is none of the five. */
    public static CourseLocale supporting(Locale locale) {
        CourseLocale closest = closestTo(locale);
        return closest == EN && !"en".equals(locale.getLanguage()) ? null : closest;
    }
}
