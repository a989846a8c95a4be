package dev.streamlab.lang;

import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Program;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.DialectSemantics;
import dev.streamlab.lang.runtime.HostLibrary;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The entry point for running student code: {@code Dialect.SCALA.compile(source, "Main.scala").run(env)}. Each
 * dialect assembles, once, its parser, its semantics and its registry (its own library plus every
 * {@link HostLibrary} on the class path, e.g. the Spark binding).
 */
public enum Dialect {
    SCALA(Language.SCALA),
    PYTHON(Language.PYTHON);

    private final Language language;
    private volatile Parts parts;

    Dialect(Language language) {
        this.language = language;
    }

    private record Parts(SourceParser parser, DialectSemantics semantics, HostRegistry registry) {
    }

    public Language language() {
        return language;
    }

    public static Dialect of(Language language) {
        return language == Language.SCALA ? SCALA : PYTHON;
    }

    /** Parses and compiles a whole program. */
    public CompiledProgram compile(String source, String fileName) {
        return compile(source, fileName, Map.of());
    }

    /** Parses and compiles a fragment whose scaffold predefines names ({@code ssc}, {@code lines}). */
    public CompiledProgram compile(String source, String fileName, Map<String, Object> predefinedNames) {
        Parts p = parts();
        Program program;
        try {
            program = p.parser().parse(source, fileName);
        } catch (LangException e) {
            throw e.locatedIn(fileName, source);
        }
        return CompiledProgram.compile(program, p.semantics(), p.registry(), predefinedNames);
    }

    /** The names and methods student code of this dialect can reach. */
    public HostRegistry registry() {
        return parts().registry();
    }

    public DialectSemantics semantics() {
        return parts().semantics();
    }

    private Parts parts() {
        Parts assembled = parts;
        if (assembled == null) {
            synchronized (this) {
                if (parts == null) {
                    parts = assemble();
                }
                assembled = parts;
            }
        }
        return assembled;
    }

    private Parts assemble() {
        SourceParser parser = ServiceLoader.load(SourceParser.class).stream().map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.language() == language).findFirst()
                .orElseThrow(() -> new IllegalStateException("no parser for " + language));
        DialectSemantics semantics = ServiceLoader.load(DialectSemantics.class).stream()
                .map(ServiceLoader.Provider::get).filter(candidate -> candidate.language() == language).findFirst()
                .orElseThrow(() -> new IllegalStateException("no semantics for " + language));
        HostRegistry registry = new HostRegistry(language);
        semantics.install(registry);
        for (HostLibrary library : ServiceLoader.load(HostLibrary.class)) {
            library.install(registry);
        }
        return new Parts(parser, semantics, registry);
    }
}
