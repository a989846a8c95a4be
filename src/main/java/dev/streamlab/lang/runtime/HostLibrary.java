package dev.streamlab.lang.runtime;

/**
 * A provider of names and methods for student code: each dialect's own library, and the Spark binding. Libraries
 * are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.streamlab.lang.runtime.HostLibrary}) and installed once per dialect into its
 * {@link HostRegistry}; the registry's language tells which dialect is being served. Per-run state (the engine,
 * the session folder) reaches natives through {@link RunContext#service(Class)}.
 */
public interface HostLibrary {

    void install(HostRegistry registry);
}
