package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Files are handed on in order, each as soon as it and those before it are checked. */
class LintRunnerTest {

    private static final Progress NO_PROGRESS = new Progress(new PrintStream(OutputStream.nullOutputStream()), false,
            System::nanoTime);

    private static List<LintTarget> targets(int count) {
        return IntStream.range(0, count).mapToObj(i -> LintTarget.stdin(String.format("f%03d", i))).toList();
    }

    private static LintedFile linted(LintTarget target) {
        return new LintedFile(target, List.of());
    }

    @Test
    @Timeout(30)
    void aFileIsHandedOnBeforeTheLastIsChecked() throws Exception {
        CountDownLatch firstReported = new CountDownLatch(1);
        List<String> seenBeforeTheLast = Collections.synchronizedList(new ArrayList<>());
        List<LintTarget> targets = targets(3);
        List<LintedFile> files = LintRunner.run(found -> targets, target -> {
            if (target.name().equals("f002")) {
                try {
                    // held until the first file is reported: a runner that waited for every file would stall here
                    seenBeforeTheLast.add(firstReported.await(10, TimeUnit.SECONDS) ? "reported" : "not reported");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return linted(target);
        }, 3, file -> {
            if (file.name().equals("f000")) {
                firstReported.countDown();
            }
        }, NO_PROGRESS);
        assertThat(seenBeforeTheLast).containsExactly("reported");
        assertThat(files).extracting(LintedFile::name).containsExactly("f000", "f001", "f002");
    }

    @Test
    void theOrderIsTheTargetsWhateverTheTimeEachTakes() {
        List<LintTarget> targets = targets(40);
        for (int jobs : new int[] {1, 2, 7}) {
            List<String> handedOn = new ArrayList<>();
            List<LintedFile> files = LintRunner.run(found -> targets, target -> {
                int i = Integer.parseInt(target.name().substring(1));
                try {
                    Thread.sleep((40 - i) % 5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return linted(target);
            }, jobs, file -> handedOn.add(file.name()), NO_PROGRESS);
            assertThat(handedOn).as("jobs " + jobs).isEqualTo(targets.stream().map(LintTarget::name).toList());
            assertThat(files).extracting(LintedFile::name).isEqualTo(handedOn);
        }
    }

    @Test
    void filesAreCheckedAtOnceUpToTheJobs() throws Exception {
        CountDownLatch together = new CountDownLatch(4);
        List<Boolean> metTheOthers = Collections.synchronizedList(new ArrayList<>());
        LintRunner.run(found -> targets(4), target -> {
            together.countDown();
            try {
                metTheOthers.add(together.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return linted(target);
        }, 4, file -> { }, NO_PROGRESS);
        assertThat(metTheOthers).containsExactly(true, true, true, true);
    }

    @Test
    @Timeout(30)
    void aFileIsCheckedWhileTheWalkGoesOn() {
        CountDownLatch firstChecked = new CountDownLatch(1);
        List<Boolean> walkSawTheCheck = new ArrayList<>();
        List<LintTarget> targets = targets(2);
        LintRunner.run(found -> {
            found.accept(targets.get(0));
            try {
                // a runner that checked only once the walk ended would leave this waiting
                walkSawTheCheck.add(firstChecked.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            found.accept(targets.get(1));
            return targets;
        }, target -> {
            firstChecked.countDown();
            return linted(target);
        }, 2, file -> { }, NO_PROGRESS);
        assertThat(walkSawTheCheck).containsExactly(true);
    }

    @Test
    void theOrderIsTheWalksFinalOneNotTheOrderFound() {
        List<LintTarget> targets = targets(30);
        List<LintTarget> shuffled = new ArrayList<>(targets);
        Collections.shuffle(shuffled, new Random(7));
        LintTarget secondName = LintTarget.stdin("left out");
        for (int jobs : new int[] {1, 2, 5}) {
            List<String> checked = Collections.synchronizedList(new ArrayList<>());
            List<String> handedOn = new ArrayList<>();
            List<LintedFile> files = LintRunner.run(found -> {
                found.accept(secondName);
                shuffled.forEach(found);
                found.accept(shuffled.get(3)); // found twice under one name
                return targets;
            }, target -> {
                checked.add(target.name());
                return linted(target);
            }, jobs, file -> handedOn.add(file.name()), NO_PROGRESS);
            List<String> names = targets.stream().map(LintTarget::name).toList();
            assertThat(handedOn).as("jobs " + jobs).isEqualTo(names);
            assertThat(files).extracting(LintedFile::name).isEqualTo(names);
            assertThat(checked).as("each listed file checked once").filteredOn(names::contains)
                    .containsExactlyInAnyOrderElementsOf(names);
        }
    }
}
