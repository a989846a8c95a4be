package dev.streamlab.lang.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference: one {@code python3} process with {@code PYTHONHASHSEED=0} (as PySpark runs its workers)
 * that reads one Python literal per line and prints {@code portable_hash} and {@code hash} of each.
 */
public final class CPython {

    /** PySpark's rdd.portable_hash, so that its Python integer arithmetic is the reference too. */
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "def portable_hash(x):",
            "    if x is None:",
            "        return 0",
            "    if isinstance(x, tuple):",
            "        h = 0x345678",
            "        for i in x:",
            "            h ^= portable_hash(i)",
            "            h *= 1000003",
            "            h &= sys.maxsize",
            "        h ^= len(x)",
            "        if h == -1:",
            "            h = -2",
            "        return int(h)",
            "    return hash(x)",
            "print(sys.hash_info.algorithm)",
            "for line in sys.stdin:",
            "    v = eval(line)",
            "    print(portable_hash(v), hash(v))",
            "");

    private CPython() {
    }

    /** Whether {@code python3} runs here (the tests that compare with it are skipped where it does not). */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The hash algorithm's name, then one {@code "portable hash"} line per literal. */
    static List<String> hashes(List<String> literals) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", SCRIPT);
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String literal : literals) {
                in.write(literal);
                in.write('\n');
            }
        }
        List<String> lines;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("python3 failed on the hash script");
        }
        return lines;
    }
}
