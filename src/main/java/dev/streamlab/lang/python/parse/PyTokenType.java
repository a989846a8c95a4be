package dev.streamlab.lang.python.parse;

/** The kinds of token the Python tokenizer produces; keywords are their own kind so the parser never confuses them with names. */
public enum PyTokenType {
    NAME,
    KEYWORD,
    NUMBER,
    STRING,
    BYTES,
    FSTRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    EOF
}
