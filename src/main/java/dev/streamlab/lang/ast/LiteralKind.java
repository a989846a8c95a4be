package dev.streamlab.lang.ast;

/**
 * What a literal's value is. The value object the parser stores for each kind: INT → Integer for Scala, Long or
 * BigInteger (Long whenever it fits) for Python; LONG → Long (Scala {@code 1L}); FLOAT → Double (Scala {@code 1.5f}
 * is widened to Double); STRING → String (escapes already processed); BYTES → byte[] (Python {@code b'…'}); CHAR → Character; BOOLEAN → Boolean;
 * NULL (Scala {@code null}), NONE (Python {@code None}) and UNIT (Scala {@code ()}) → value {@code null}.
 */
public enum LiteralKind {
    INT,
    LONG,
    FLOAT,
    STRING,
    BYTES,
    CHAR,
    BOOLEAN,
    NULL,
    NONE,
    UNIT
}
