package io.assistconf.lint;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Kind;
import io.assistconf.Limits;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import io.assistconf.lint.LintConfig.Mapping;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints a repository of assistant configs ({@code docs/lint.md}): reads the config file, which the options
 * override, finds the files, checks them in parallel, hands each to the reports in sorted order, then
 * applies the rules across files and finishes the reports. The command line and the Maven plugin are
 * adapters over this class.
 */
public final class Linter {

    private static final String STDIN = "<stdin>";

    /** The config file read, and its absolute path; null when none was found. */
    private record Configured(LintConfig config, Path file) {
    }

    private final String version;
    private final LintEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param version     the tool's version, as the reports name it
     * @param environment the working folder, the standard input, the terminal and the clock
     * @param out         where a report without a file goes
     * @param err         where the progress line goes, when the environment shows one
     */
    public Linter(String version, LintEnvironment environment, PrintStream out, PrintStream err) {
        this.version = version;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs once. Every report is written and closed when this returns.
     *
     * @param options what to lint and report, overriding the config file
     * @return the status, the findings and the reports written
     * @throws LintException when the run cannot start as asked; nothing is linted then
     */
    public LintResult run(LintOptions options) throws LintException {
        long start = environment.clock().getAsLong();
        Path workingDirectory = environment.workingDirectory();
        List<String> arguments = options.paths().isEmpty() ? List.of(".") : options.paths();
        ReportOutputs outputs = new ReportOutputs(options.reports());
        List<Glob> excluded = requireUsable(options, arguments, outputs);
        Configured configured = config(options, arguments);
        LintConfig config = configured.config();
        Limits limits = config.limits() == null ? Limits.DEFAULTS : config.limits();
        boolean strict = options.strict() != null ? options.strict() : Boolean.TRUE.equals(config.strict());
        AssistConf assistconf = AssistConf.builder().limits(limits).catalogue(catalogue(options, config))
                .strict(strict).build();
        Variant variant = options.variant();
        Kind kind = options.kind();
        if (variant != null && kind != null && !assistconf.kinds(variant).contains(kind)) {
            throw new LintException(variant.id() + " has no kind '" + kind.id() + "'; use one of "
                    + assistconf.kinds(variant).stream().map(Kind::id).collect(Collectors.joining(", ")));
        }
        List<ReportOutputs.Opened> reports;
        try {
            reports = outputs.open(out, workingDirectory);
        } catch (IOException e) {
            throw new LintException("cannot write " + e.getMessage());
        }
        Set<Path> ownFiles = new HashSet<>(outputs.files(workingDirectory));
        if (configured.file() != null) {
            ownFiles.add(configured.file());
        }
        String stdinName = options.stdinName();
        FileWalker walker = new FileWalker(workingDirectory, new Exclusions(config, excluded, ownFiles),
                stdinName == null ? STDIN : stdinName);
        Severities severities = new Severities(config.severities());
        DocumentChecker checker = new DocumentChecker(assistconf, severities, options.failOnUnknown(),
                config.jsonComments(), arguments.contains("-") ? stdin(limits) : null, stdinName);
        List<LintedFile> files = LintRunner.run(onFound -> walker.targets(arguments, onFound),
                target -> checker.check(target, given(options, config, target)),
                options.jobs() == null ? Runtime.getRuntime().availableProcessors() : options.jobs(),
                file -> reports.forEach(report -> report.format().file(file)),
                new Progress(err, environment.showsProgress(), environment.clock()));
        files = CrossFileRules.apply(files, checker, severities);
        LintRun.Summary summary = LintRun.Summary.of(files,
                Duration.ofNanos(environment.clock().getAsLong() - start),
                options.maxWarnings() == null ? -1 : options.maxWarnings());
        LintRun run = new LintRun(version, workingDirectory, config.name(), files, summary);
        reports.forEach(report -> report.format().finish(run));
        String unwritten = ReportOutputs.close(reports);
        List<Path> written = reports.stream().filter(report -> report.file() != null)
                .map(report -> workingDirectory.resolve(report.file()).normalize()).toList();
        return new LintResult(run, written, unwritten);
    }

    /** Refuses what cannot be run; returns the excluding globs. */
    private List<Glob> requireUsable(LintOptions options, List<String> arguments, ReportOutputs outputs)
            throws LintException {
        for (String argument : arguments) {
            if (argument.isEmpty()) {
                // most often an unset variable; linting the current folder instead would hide that
                throw new LintException("a PATH argument is empty");
            }
            try {
                Path.of(argument);
            } catch (InvalidPathException e) {
                throw new LintException("the file name of argument " + (arguments.indexOf(argument) + 1) + " cannot"
                        + " be encoded in this platform's file name encoding; run with a UTF-8 locale, for example"
                        + " LC_ALL=C.UTF-8");
            }
        }
        if (arguments.stream().filter(argument -> argument.equals("-")).count() > 1) {
            throw new LintException("- (the standard input) may be given once");
        }
        if (options.stdinName() != null && !arguments.contains("-")) {
            throw new LintException("--stdin-filename names the standard input; give - among the PATHs");
        }
        if (options.maxWarnings() != null && options.maxWarnings() < 0) {
            throw new LintException("--max-warnings must be 0 or more");
        }
        if (options.jobs() != null && options.jobs() < 1) {
            throw new LintException("--jobs must be at least 1");
        }
        String outputProblem = outputs.problem(environment.workingDirectory());
        if (outputProblem != null) {
            throw new LintException(outputProblem);
        }
        List<Glob> globs = new ArrayList<>();
        for (String exclude : options.excludes()) {
            try {
                globs.add(Glob.of(exclude));
            } catch (IllegalArgumentException e) {
                throw new LintException("--exclude '" + ShownText.quote(exclude) + "' is not a glob: "
                        + e.getMessage());
            }
        }
        return globs;
    }

    /**
     * The config file named by the options, else the first {@code .assistconf.yaml} in the folder linted and
     * the folders above it, stopping at the repository root (the folder holding {@code .git}); none found,
     * nothing configured.
     */
    private Configured config(LintOptions options, List<String> arguments) throws LintException {
        Path workingDirectory = environment.workingDirectory();
        try {
            if (options.configFile() != null) {
                Path file = workingDirectory.resolve(options.configFile()).normalize();
                if (!Files.isRegularFile(file)) {
                    throw new LintException("no config file " + ShownText.fileName(options.configFile()));
                }
                return new Configured(ConfigReader.read(file, options.configFile(), AssistConf.create()::kinds), file);
            }
            for (Path folder = folderLinted(arguments); folder != null; folder = folder.getParent()) {
                Path file = folder.resolve(LintConfig.FILE_NAME);
                if (Files.isRegularFile(file)) {
                    String shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file).toString()
                            : file.toString();
                    return new Configured(ConfigReader.read(file, shown, AssistConf.create()::kinds), file);
                }
                if (Files.exists(folder.resolve(".git"))) {
                    break;
                }
            }
        } catch (ConfigError e) {
            throw new LintException(e.getMessage());
        }
        return new Configured(LintConfig.none(workingDirectory), null);
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

    /** The catalogues of the options, which replace the config file's, else the config file's. */
    private Catalogue catalogue(LintOptions options, LintConfig config) throws LintException {
        if (options.catalogues().isEmpty()) {
            return config.catalogue() == null ? Catalogue.NONE : config.catalogue();
        }
        try {
            return CatalogueFiles.read(options.catalogues().stream()
                    .map(file -> Map.entry(environment.workingDirectory().resolve(file), file)).toList());
        } catch (IllegalArgumentException e) {
            throw new LintException(e.getMessage());
        }
    }

    /** What the options and the config file say a file is: the options first, then the first glob matching. */
    private Decision given(LintOptions options, LintConfig config, LintTarget target) {
        String stdinName = options.stdinName();
        Path file = target.stdin()
                ? (stdinName == null ? null : environment.workingDirectory().resolve(stdinName).normalize())
                : target.file();
        Optional<Mapping> mapping = file == null ? Optional.empty() : config.mappingOf(file);
        Variant variant = options.variant();
        Kind kind = options.kind();
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
}
