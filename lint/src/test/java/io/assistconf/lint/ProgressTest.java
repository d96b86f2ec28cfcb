package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's timing; when a run shows it at all is tested through the command line. */
class ProgressTest {

    @Test
    void aRunUnderASecondShowsNone() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, now::get);
        now.set(TimeUnit.MILLISECONDS.toNanos(999));
        progress.update(1, 2);
        progress.clear();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        now.set(TimeUnit.MILLISECONDS.toNanos(1000));
        progress.update(1, 2);
        now.set(TimeUnit.MILLISECONDS.toNanos(1050));
        progress.update(2, 2);
        assertThat(err.toString(StandardCharsets.UTF_8)).as("at most every 100 ms").isEqualTo("\rassistconf: 1 of 2 files");
    }
}
