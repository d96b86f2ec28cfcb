package io.assistconf.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a run found and wrote: its status, its findings and counts, and the reports written. */
public final class LintResult {

    private final LintRun run;
    private final List<Path> reports;
    private final String unwritten;

    LintResult(LintRun run, List<Path> reports, String unwritten) {
        this.run = run;
        this.reports = List.copyOf(reports);
        this.unwritten = unwritten;
    }

    /**
     * {@return {@link LintStatus#TROUBLE} when a file could not be read or checked or a report could not be
     * written (it wins over errors: no verdict), else {@link LintStatus#FAILED} for errors or more warnings
     * than allowed, else {@link LintStatus#PASSED}}
     */
    public LintStatus status() {
        boolean notChecked = run.files().stream().flatMap(file -> file.documents().stream())
                .anyMatch(document -> document.status() == CheckedDocument.Status.NOT_CHECKED);
        if (notChecked || unwritten != null) {
            return LintStatus.TROUBLE;
        }
        return errors() > 0 || run.summary().tooManyWarnings() ? LintStatus.FAILED : LintStatus.PASSED;
    }

    /**
     * {@return every violation of the run, file by file in sorted order, each document's own and then those
     * the rules across files found in it; severities as configured}
     */
    public List<LintFinding> findings() {
        List<LintFinding> findings = new ArrayList<>();
        for (LintedFile file : run.files()) {
            file.documents().forEach(document -> document.all()
                    .forEach(violation -> findings.add(new LintFinding(file.name(), violation))));
        }
        return findings;
    }

    /** {@return how many errors the run found, across files included} */
    public long errors() {
        return run.summary().errors();
    }

    /** {@return how many warnings the run found, across files included} */
    public long warnings() {
        return run.summary().warnings();
    }

    /** {@return whether there are more warnings than the options allow} */
    public boolean tooManyWarnings() {
        return run.summary().tooManyWarnings();
    }

    /**
     * {@return the counts as the text report ends: {@code 12 files in 0.42 s: 10 checked, 2 skipped; 3
     * errors, 1 warning}}
     */
    public String summary() {
        return TextReport.summary(run.summary());
    }

    /** {@return the report files written, absolute} */
    public List<Path> reports() {
        return reports;
    }

    /** {@return the report file that could not be written, as the options name it; null when every one was} */
    public String unwritten() {
        return unwritten;
    }
}
