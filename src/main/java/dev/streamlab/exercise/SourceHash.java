package dev.streamlab.exercise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a translation records of the English file it was translated from: the first 16 hex digits of the SHA-256 of
 * its bytes with LF line endings ({@code sha256sum instructions.en.md | cut -c1-16}).
 */
public final class SourceHash {

    private SourceHash() {
    }

    public static String of(String englishText) {
        try {
            byte[] bytes = englishText.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
