package dev.streamlab.lang.python.parse;

import java.util.List;

/** A piece of an f-string: literal text, or a replacement field whose expression the parser parses on its own. */
public sealed interface FStringPart {

    record Text(String text) implements FStringPart {
    }

    /**
     * {@code {source!conversion:spec}}; {@code debugText} is the {@code source=} prefix of a self-documenting field
     * ({@code f"{x=}"}), else null; {@code conversion} is 'r', 's', 'a' or 0.
     */
    record Field(String source, int line, int column, char conversion, List<FStringPart> spec, String debugText)
            implements FStringPart {
    }
}
