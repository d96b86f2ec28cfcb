package io.assistconf.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Checks the files on a bounded pool of threads, each as soon as the walk finds it, and hands each on in
 * the order the walk finally gives as soon as it and every file before it are done, so that the report is
 * the same whatever the number of threads and starts before the last file is checked.
 */
final class LintRunner {

    private static final long POLL_MILLIS = 100;

    /** Finds the files to lint: tells of each as it is found, and returns them all in report order. */
    @FunctionalInterface
    interface Walk {
        List<LintTarget> targets(Consumer<LintTarget> onFound);
    }

    private LintRunner() {
    }

    /**
     * @param check   checks one file; must not throw
     * @param jobs    the most files checked at once
     * @param inOrder receives each file, in order, on the calling thread
     * @return every file, in order
     */
    static List<LintedFile> run(Walk walk, Function<LintTarget, LintedFile> check, int jobs,
            Consumer<LintedFile> inOrder, Progress progress) {
        if (jobs == 1) {
            List<LintTarget> targets = walk.targets(found -> { });
            List<LintedFile> files = new ArrayList<>(targets.size());
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
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "assistconf-lint");
            thread.setDaemon(true);
            return thread;
        });
        // Keyed by name (a target's name is unique to it): a file found twice under one name (a folder given
        // twice) is checked once. Not by the record: its generated hashCode links method handles on first use,
        // which showed in the start-up of a one-file lint.
        Map<String, Future<LintedFile>> started = new ConcurrentHashMap<>();
        Function<LintTarget, Future<LintedFile>> start = target -> pool.submit(() -> {
            try {
                return check.apply(target);
            } finally {
                done.incrementAndGet();
            }
        });
        try {
            List<LintTarget> targets = walk.targets(found -> started.computeIfAbsent(found.name(),
                    name -> start.apply(found)));
            Set<String> listed = new HashSet<>();
            targets.forEach(target -> listed.add(target.name()));
            // a second name of a file, which the walk left out: not checked, if it has not begun
            started.forEach((name, checking) -> {
                if (!listed.contains(name)) {
                    checking.cancel(false);
                }
            });
            // what the walk listed without telling of it (places that could not be listed)
            targets.forEach(target -> started.computeIfAbsent(target.name(), name -> start.apply(target)));
            List<LintedFile> files = new ArrayList<>(targets.size());
            for (LintTarget target : targets) {
                LintedFile file = await(started.get(target.name()),
                        () -> progress.update(Math.min(done.get(), targets.size()), targets.size()));
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
