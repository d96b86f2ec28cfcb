package io.assistconf.cli.lint;

import io.assistconf.Kind;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import io.assistconf.cli.Ids;
import io.assistconf.cli.ManifestVersion;
import io.assistconf.lint.LintEnvironment;
import io.assistconf.lint.LintException;
import io.assistconf.lint.LintFormat;
import io.assistconf.lint.LintOptions;
import io.assistconf.lint.LintResult;
import io.assistconf.lint.Linter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assistconf lint}: lints a repository of assistant configs ({@code docs/lint.md}) with the engine of
 * {@link Linter}; this command reads the flags into {@link LintOptions} and turns what the engine refuses into
 * a usage error.
 */
@Command(name = "lint", sortOptions = false,
        description = {"Lint a repository of assistant configs: every *.json, *.jsonc, *.yaml and *.yml file under"
                + " each PATH (default: the current folder), each of its documents checked as the variant and kind"
                + " the config file (.assistconf.yaml) maps it to or as detected, then the rules across files. A"
                + " document that is no assistant config is skipped. See docs/lint.md."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no errors (warnings allowed, up to --max-warnings)",
            "1:errors, or more warnings than --max-warnings",
            "2:a usage or config error, a file that could not be read, or an internal error"})
public final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH|GLOB", description = "a folder to walk, a file, a glob such as 'configs/**/*.yaml'"
            + " (quoted), or - for the standard input")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "the config file (default: .assistconf.yaml in"
            + " the folder linted, or the nearest above it up to the repository root)")
    private String configFile;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "do not lint what the glob names (repeatable);"
            + " a glob without / is tried on each file and folder name")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "VARIANT", converter = Ids.VariantConverter.class,
            completionCandidates = Ids.Variants.class, description = "check every file as this variant:"
                    + " ${COMPLETION-CANDIDATES}")
    private Variant variant;

    @Option(names = "--kind", paramLabel = "KIND", converter = Ids.KindConverter.class,
            completionCandidates = Ids.Kinds.class, description = "check every file as this kind:"
                    + " ${COMPLETION-CANDIDATES}")
    private Kind kind;

    @Option(names = "--strict", negatable = true, description = "report unknown properties as errors"
            + " (--no-strict: as warnings)")
    private Boolean strict;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "a JSON file of known values for references"
            + " (repeatable; replaces the config file's catalogues)")
    private List<String> catalogues = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = LintFormatConverter.class,
            completionCandidates = LintFormatConverter.Ids.class, description = "a report: ${COMPLETION-CANDIDATES} (default:"
                    + " text); repeatable, each with the --output after it")
    private List<LintFormat> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "write the report of the --format before it"
            + " to FILE (text when none); without it a report goes to the standard output")
    private List<String> outputFiles = new ArrayList<>();

    @Option(names = "--max-warnings", paramLabel = "N", description = "exit 1 when there are more than N warnings")
    private Integer maxWarnings;

    @Option(names = "--fail-on-unknown", description = "report a file that is no assistant config as an error"
            + " instead of skipping it")
    private boolean failOnUnknown;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "the file name - stands for: its format"
            + " and the config globs it matches")
    private String stdinName;

    @Option(names = "--jobs", paramLabel = "N", description = "files checked at once (default: the processors)")
    private Integer jobs;

    private final LintEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;

    public LintCommand(LintEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        LintOptions.Builder options = LintOptions.builder().paths(paths).configFile(configFile).excludes(excludes)
                .variant(variant).kind(kind).strict(strict).catalogues(catalogues).maxWarnings(maxWarnings)
                .failOnUnknown(failOnUnknown).stdinName(stdinName).jobs(jobs);
        addReports(options);
        LintResult result;
        try {
            result = new Linter(ManifestVersion.version(), environment, out, err).run(options.build());
        } catch (LintException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (result.unwritten() != null) {
            err.println("assistconf: could not write " + ShownText.fileName(result.unwritten()));
        }
        return result.status().exitCode();
    }

    /**
     * The reports of {@code --format} and {@code --output} in the order given: each {@code --output FILE} takes
     * the report of the {@code --format} just before it, an {@code --output} with no {@code --format} of its own
     * before it takes {@code text}, and a {@code --format} without an {@code --output} goes to the standard
     * output; with neither option, {@code text} goes to the standard output. picocli gives the order of the
     * options as written ({@code ParseResult.matchedArgs}).
     */
    private void addReports(LintOptions.Builder options) {
        List<LintFormat> reportFormats = new ArrayList<>();
        List<String> reportFiles = new ArrayList<>();
        Iterator<LintFormat> format = formats.iterator();
        Iterator<String> output = outputFiles.iterator();
        for (ArgSpec matched : spec.commandLine().getParseResult().matchedArgs()) {
            if (matched == spec.findOption("--format")) {
                reportFormats.add(format.next());
                reportFiles.add(null);
            } else if (matched == spec.findOption("--output")) {
                int last = reportFiles.size() - 1;
                if (last >= 0 && reportFiles.get(last) == null) {
                    reportFiles.set(last, output.next());
                } else {
                    reportFormats.add(LintFormat.TEXT);
                    reportFiles.add(output.next());
                }
            }
        }
        if (reportFormats.isEmpty()) {
            reportFormats.add(LintFormat.TEXT);
            reportFiles.add(null);
        }
        for (int i = 0; i < reportFormats.size(); i++) {
            options.report(reportFormats.get(i), reportFiles.get(i));
        }
    }
}
