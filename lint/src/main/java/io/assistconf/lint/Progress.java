package io.assistconf.lint;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line on stderr ({@code assistconf: 120 of 9000 files}), rewritten in place, for runs that
 * last over a second on a terminal; never written otherwise, so no log or file gets it. It is wiped before
 * each file's report is written, so that report lines never mix with it.
 */
final class Progress {

    private static final long DELAY = TimeUnit.SECONDS.toNanos(1);
    private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long shownAt;
    private int shownLength;

    Progress(PrintStream err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    void update(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY || (shownLength > 0 && now - shownAt < INTERVAL)) {
            return;
        }
        String line = "assistconf: " + done + " of " + total + " files";
        err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        err.flush();
        shownAt = now;
        shownLength = line.length();
    }

    /** Wipes the line, if shown. */
    void clear() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }
}
