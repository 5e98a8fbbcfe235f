package org.shellymanager.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes a JVM holds in live objects, asked of the running process with {@code jcmd <pid> GC.class_histogram}:
 * the command runs a full collection first, and its last line totals what survived. Unlike the resident set, it
 * does not grow as the heap expands towards its cap, so start and end of a long run can be compared.
 */
public final class LiveHeap {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private LiveHeap() {
    }

    /** Live heap bytes of the JVM with this pid (started from the same JDK as this one), empty where jcmd fails. */
    public static OptionalLong bytes(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher total = TOTAL.matcher(output);
            return process.waitFor() == 0 && total.find() ? OptionalLong.of(Long.parseLong(total.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
