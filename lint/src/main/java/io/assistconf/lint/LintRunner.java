package io.assistconf.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks the files on a bounded pool of threads and hands each on in the given order as soon as it and
 * every file before it are done, so that the report is the same whatever the number of threads and
 * starts before the last file is checked.
 */
final class LintRunner {

    private static final long POLL_MILLIS = 100;

    private LintRunner() {
    }

    /**
     * @param check   checks one file; must not throw
     * @param jobs    the most files checked at once
     * @param inOrder receives each file, in order, on the calling thread
     * @return every file, in order
     */
    static List<LintedFile> run(List<LintTarget> targets, Function<LintTarget, LintedFile> check, int jobs,
            Consumer<LintedFile> inOrder, Progress progress) {
        List<LintedFile> files = new ArrayList<>(targets.size());
        if (jobs == 1 || targets.size() < 2) {
            for (LintTarget target : targets) {
                LintedFile file = check.apply(target);
                progress.clear();
                inOrder.accept(file);
                files.add(file);
                progress.update(files.size(), targets.size());
            }
            progress.clear();
            return files;
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, targets.size()), task -> {
            Thread thread = new Thread(task, "assistconf-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<LintedFile>> pending = new ArrayList<>(targets.size());
            for (LintTarget target : targets) {
                pending.add(pool.submit(() -> {
                    try {
                        return check.apply(target);
                    } finally {
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<LintedFile> next : pending) {
                LintedFile file = await(next, () -> progress.update(done.get(), targets.size()));
                progress.clear();
                inOrder.accept(file);
                files.add(file);
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    private static LintedFile await(Future<LintedFile> file, Runnable whileWaiting) {
        while (true) {
            try {
                return file.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                whileWaiting.run();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a check threw", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
