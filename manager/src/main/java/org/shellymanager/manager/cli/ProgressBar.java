package org.shellymanager.manager.cli;

import java.io.PrintWriter;

/**
 * Shows how far a job has got. On a terminal one line is redrawn in place; elsewhere (a pipe, a log file, CI) a
 * plain line is printed each time the count changes, so the output reads well after the fact.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private String last = "";

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void update(String label, long done, long total) {
        String line = terminal ? bar(label, done, total) : label + ": " + counts(done, total);
        if (line.equals(last)) {
            return;
        }
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
        } else {
            out.println(line);
        }
        last = line;
        out.flush();
    }

    /** Ends the redrawn line so that what follows starts on a line of its own. */
    void finish() {
        if (terminal && !last.isEmpty()) {
            out.println();
            out.flush();
        }
    }

    static String bar(String label, long done, long total) {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
        return label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts(done, total);
    }

    private static String counts(long done, long total) {
        if (total <= 0) {
            return done + " done";
        }
        return done + "/" + total + " (" + Math.min(100, done * 100 / total) + "%)";
    }
}
