package io.assistconf.cli.lint;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Kind;
import io.assistconf.Limits;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import io.assistconf.cli.ExitStatus;
import io.assistconf.cli.Ids;
import io.assistconf.cli.ManifestVersion;
import io.assistconf.cli.lint.CheckedDocument.Status;
import io.assistconf.cli.lint.LintConfig.Mapping;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assistconf lint}: lints a repository of assistant configs ({@code docs/lint.md}). The command
 * reads its flags and the config file, which the flags override, and runs: the files found, checked in
 * parallel and reported in sorted order, then the rules across files, then the summary and the exit status.
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

    private static final String STDIN = "<stdin>";

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

    @Option(names = "--format", paramLabel = "FORMAT", converter = LintFormat.Converter.class,
            completionCandidates = LintFormat.Ids.class, description = "a report: ${COMPLETION-CANDIDATES} (default:"
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
    /** The config file read, absolute; null when none. */
    private Path configPath;

    public LintCommand(LintEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        long start = environment.clock().getAsLong();
        Path workingDirectory = environment.workingDirectory();
        List<String> arguments = paths.isEmpty() ? List.of(".") : paths;
        ReportOutputs outputs = outputs();
        List<Glob> excluded = requireUsable(arguments, outputs);
        LintConfig config = config(arguments);
        Limits limits = config.limits() == null ? Limits.DEFAULTS : config.limits();
        AssistConf assistconf = AssistConf.builder().limits(limits).catalogue(catalogue(config))
                .strict(strict != null ? strict : Boolean.TRUE.equals(config.strict())).build();
        if (variant != null && kind != null && !assistconf.kinds(variant).contains(kind)) {
            throw usageError(variant.id() + " has no kind '" + kind.id() + "'; use one of "
                    + assistconf.kinds(variant).stream().map(Kind::id).collect(Collectors.joining(", ")));
        }
        List<ReportOutputs.Opened> reports;
        try {
            reports = outputs.open(out, workingDirectory);
        } catch (IOException e) {
            throw usageError("cannot write " + e.getMessage());
        }
        Set<Path> ownFiles = new HashSet<>(outputs.files(workingDirectory));
        if (configPath != null) {
            ownFiles.add(configPath);
        }
        List<LintTarget> targets = new FileWalker(workingDirectory, new Exclusions(config, excluded, ownFiles),
                stdinName == null ? STDIN : stdinName).targets(arguments);
        Severities severities = new Severities(config.severities());
        DocumentChecker checker = new DocumentChecker(assistconf, severities, failOnUnknown, config.jsonComments(),
                targets.stream().anyMatch(LintTarget::stdin) ? stdin(limits) : null, stdinName);
        List<LintedFile> files = LintRunner.run(targets, target -> checker.check(target, given(config, target)),
                jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                file -> reports.forEach(report -> report.format().file(file)),
                new Progress(err, environment.showsProgress(), environment.clock()));
        files = CrossFileRules.apply(files, checker, severities);
        LintRun.Summary summary = LintRun.Summary.of(files,
                Duration.ofNanos(environment.clock().getAsLong() - start), maxWarnings == null ? -1 : maxWarnings);
        LintRun run = new LintRun(ManifestVersion.version(), workingDirectory, config.name(), files, summary);
        reports.forEach(report -> report.format().finish(run));
        String unwritten = ReportOutputs.close(reports);
        if (unwritten != null) {
            err.println("assistconf: could not write " + ShownText.fileName(unwritten));
            return ExitStatus.TROUBLE.code();
        }
        return exitStatus(files, summary).code();
    }

    /** A file not checked wins over errors, as in {@code validate}: it is no verdict. */
    private static ExitStatus exitStatus(List<LintedFile> files, LintRun.Summary summary) {
        boolean notChecked = files.stream().flatMap(file -> file.documents().stream())
                .anyMatch(document -> document.status() == Status.NOT_CHECKED);
        if (notChecked) {
            return ExitStatus.TROUBLE;
        }
        return summary.errors() > 0 || summary.tooManyWarnings() ? ExitStatus.INVALID : ExitStatus.OK;
    }

    /** The {@code --format} and {@code --output} options, paired in the order given. */
    private ReportOutputs outputs() {
        ReportOutputs outputs = new ReportOutputs();
        Iterator<LintFormat> format = formats.iterator();
        Iterator<String> output = outputFiles.iterator();
        for (ArgSpec matched : spec.commandLine().getParseResult().matchedArgs()) {
            if (matched == spec.findOption("--format")) {
                outputs.format(format.next());
            } else if (matched == spec.findOption("--output")) {
                outputs.output(output.next());
            }
        }
        return outputs;
    }

    /** Refuses what cannot be run; returns the {@code --exclude} globs. */
    private List<Glob> requireUsable(List<String> arguments, ReportOutputs outputs) {
        for (String argument : arguments) {
            if (argument.isEmpty()) {
                // most often an unset variable; linting the current folder instead would hide that
                throw usageError("a PATH argument is empty");
            }
            try {
                Path.of(argument);
            } catch (InvalidPathException e) {
                throw usageError("the file name of argument " + (arguments.indexOf(argument) + 1) + " cannot be"
                        + " encoded in this platform's file name encoding; run with a UTF-8 locale, for example"
                        + " LC_ALL=C.UTF-8");
            }
        }
        if (arguments.stream().filter(argument -> argument.equals("-")).count() > 1) {
            throw usageError("- (the standard input) may be given once");
        }
        if (stdinName != null && !arguments.contains("-")) {
            throw usageError("--stdin-filename names the standard input; give - among the PATHs");
        }
        if (maxWarnings != null && maxWarnings < 0) {
            throw usageError("--max-warnings must be 0 or more");
        }
        if (jobs != null && jobs < 1) {
            throw usageError("--jobs must be at least 1");
        }
        String outputProblem = outputs.problem(environment.workingDirectory());
        if (outputProblem != null) {
            throw usageError(outputProblem);
        }
        List<Glob> globs = new ArrayList<>();
        for (String exclude : excludes) {
            try {
                globs.add(Glob.of(exclude));
            } catch (IllegalArgumentException e) {
                throw usageError("--exclude '" + ShownText.quote(exclude) + "' is not a glob: " + e.getMessage());
            }
        }
        return globs;
    }

    /**
     * The config file named by {@code --config}, else the first {@code .assistconf.yaml} in the folder linted
     * and the folders above it, stopping at the repository root (the folder holding {@code .git}); none
     * found, nothing configured.
     */
    private LintConfig config(List<String> arguments) {
        Path workingDirectory = environment.workingDirectory();
        try {
            if (configFile != null) {
                Path file = workingDirectory.resolve(configFile).normalize();
                if (!Files.isRegularFile(file)) {
                    throw usageError("no config file " + ShownText.fileName(configFile));
                }
                configPath = file;
                return ConfigReader.read(file, configFile, AssistConf.create()::kinds);
            }
            for (Path folder = folderLinted(arguments); folder != null; folder = folder.getParent()) {
                Path file = folder.resolve(LintConfig.FILE_NAME);
                if (Files.isRegularFile(file)) {
                    String shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file).toString()
                            : file.toString();
                    configPath = file;
                    return ConfigReader.read(file, shown, AssistConf.create()::kinds);
                }
                if (Files.exists(folder.resolve(".git"))) {
                    break;
                }
            }
        } catch (ConfigError e) {
            throw usageError(e.getMessage());
        }
        return LintConfig.none(workingDirectory);
    }

    /** The deepest folder holding every PATH: a folder itself, a file's or glob's folder; else the working one. */
    private Path folderLinted(List<String> arguments) {
        Path common = null;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                continue;
            }
            Path path = environment.workingDirectory().resolve(argument).normalize();
            while (!Files.isDirectory(path) && path.getParent() != null) {
                path = path.getParent();
            }
            while (common != null && !path.startsWith(common)) {
                common = common.getParent();
            }
            common = common == null ? path : common;
        }
        return common == null ? environment.workingDirectory() : common;
    }

    /** The catalogues of {@code --catalogue}, which replace the config file's, else the config file's. */
    private Catalogue catalogue(LintConfig config) {
        if (catalogues.isEmpty()) {
            return config.catalogue() == null ? Catalogue.NONE : config.catalogue();
        }
        try {
            return CatalogueFiles.read(catalogues.stream()
                    .map(file -> Map.entry(environment.workingDirectory().resolve(file), file)).toList());
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** What the command line and the config file say a file is: the flags first, then the first glob matching. */
    private Decision given(LintConfig config, LintTarget target) {
        Path file = target.stdin()
                ? (stdinName == null ? null : environment.workingDirectory().resolve(stdinName).normalize())
                : target.file();
        Optional<Mapping> mapping = file == null ? Optional.empty() : config.mappingOf(file);
        Variant givenVariant = variant != null ? variant : mapping.map(Mapping::variant).orElse(null);
        Kind givenKind = kind != null ? kind : mapping.map(Mapping::kind).orElse(null);
        Decided variantBy = variant != null ? Decided.COMMAND_LINE : givenVariant != null ? Decided.CONFIG : null;
        Decided kindBy = kind != null ? Decided.COMMAND_LINE : givenKind != null ? Decided.CONFIG : null;
        String glob = variantBy == Decided.CONFIG || kindBy == Decided.CONFIG ? mapping.get().glob().text() : null;
        return new Decision(givenVariant, variantBy, givenKind, kindBy, glob);
    }

    /** The standard input, up to the document size limit and one byte more; null when it cannot be read. */
    private byte[] stdin(Limits limits) {
        try {
            return DocumentChecker.readUpTo(environment.stdin(), limits.maxDocumentBytes());
        } catch (IOException e) {
            return null;
        }
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
