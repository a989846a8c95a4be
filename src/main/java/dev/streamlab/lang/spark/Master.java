package dev.streamlab.lang.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab's reading of a master URL (semantics spec §6.1): {@code local[k]} has k cores, {@code local} one, and
 * {@code local[*]}, a cluster URL or no master at all the lab's two. The number of cores is the default parallelism,
 * which fixes how many partitions keyed operations produce, and so the order print shows.
 */
record Master(String url, int cores) {

    static final int LAB_CORES = 2;
    private static final Pattern LOCAL_N = Pattern.compile("local\\[(\\d+)(?:,\\s*\\d+)?]");

    static Master parse(String url) {
        if (url == null) {
            return new Master(null, LAB_CORES);
        }
        String trimmed = url.trim();
        if (trimmed.equals("local")) {
            return new Master(trimmed, 1);
        }
        Matcher m = LOCAL_N.matcher(trimmed);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            return new Master(trimmed, Math.max(1, n));
        }
        return new Master(trimmed, LAB_CORES);
    }

    /**
     * Whether real Spark would starve here: receivers take every core and no batch job ever runs. Only a master that
     * names its thread count can starve: {@code local[*]} has all the machine's cores, whatever the lab counts.
     */
    boolean starvesWith(int receivers) {
        return url != null && countsThreads() && receivers > 0 && cores <= receivers;
    }

    private boolean countsThreads() {
        return url.equals("local") || LOCAL_N.matcher(url).matches();
    }
}
