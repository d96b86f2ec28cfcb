package io.assistconf.maven;

import io.assistconf.Kind;
import io.assistconf.Severity;
import io.assistconf.Variant;
import io.assistconf.lint.LintEnvironment;
import io.assistconf.lint.LintException;
import io.assistconf.lint.LintFinding;
import io.assistconf.lint.LintFormat;
import io.assistconf.lint.LintOptions;
import io.assistconf.lint.LintResult;
import io.assistconf.lint.LintStatus;
import io.assistconf.lint.Linter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code assistconf:lint}: lints the project's assistant configs as {@code assistconf lint} does, with the same
 * engine and the same config file ({@code docs/lint.md}). Each finding goes to the build log, errors as
 * {@code [ERROR]} and warnings as {@code [WARNING]}, {@code FILE:LINE:COLUMN: CODE: MESSAGE}; errors (or more
 * warnings than allowed) fail the build.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** File names in the log and the reports are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    /** Folders, files and globs to lint, relative to the project's folder; none: the project's folder. */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Globs of what not to lint, as the command line's {@code --exclude}. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /**
     * The config file, relative to the project's folder; unset, {@code .assistconf.yaml} in the folder linted or
     * the nearest above it up to the repository root.
     */
    @Parameter(property = "assistconf.configFile")
    private String configFile;

    /** Every file checked as this variant ({@code freddy}, {@code cogsol}, {@code burki}); unset, as mapped or detected. */
    @Parameter(property = "assistconf.variant")
    private String variant;

    /** Every file checked as this kind; unset, as mapped or as each document says. */
    @Parameter(property = "assistconf.kind")
    private String kind;

    /** Unknown properties as errors ({@code true}) or warnings ({@code false}); unset, as the config file says. */
    @Parameter(property = "assistconf.strict")
    private Boolean strict;

    /** Catalogue files of known values, replacing the config file's. */
    @Parameter
    private List<String> catalogues = new ArrayList<>();

    /** Reports to write, each a {@code <format>} and a {@code <file>}. */
    @Parameter
    private List<Report> reports = new ArrayList<>();

    /** Fail the build on any warning: {@code maxWarnings} 0. */
    @Parameter(property = "assistconf.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /** Fail the build when there are more warnings than this; unset, no limit. */
    @Parameter(property = "assistconf.maxWarnings")
    private Integer maxWarnings;

    /** Report a file that is no assistant config as an error instead of skipping it. */
    @Parameter(property = "assistconf.failOnUnknown", defaultValue = "false")
    private boolean failOnUnknown;

    @Parameter(property = "assistconf.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("assistconf: skipped");
            return;
        }
        LintResult result;
        try {
            result = new Linter(pluginVersion, environment(), noStandardOutput(), noStandardOutput()).run(options());
        } catch (LintException e) {
            throw new MojoExecutionException("assistconf: " + e.getMessage());
        }
        for (LintFinding finding : result.findings()) {
            if (finding.violation().severity() == Severity.ERROR) {
                getLog().error(finding.located());
            } else {
                getLog().warn(finding.located());
            }
        }
        result.reports().forEach(report -> getLog().info("assistconf: wrote " + report));
        if (result.unwritten() != null) {
            throw new MojoExecutionException("assistconf: could not write " + result.unwritten());
        }
        String summary = "assistconf: " + result.summary();
        if (result.status() == LintStatus.PASSED) {
            getLog().info(summary);
        } else {
            throw new MojoFailureException(summary + (result.tooManyWarnings() ? "" : ", see the errors above"));
        }
    }

    private LintOptions options() throws MojoExecutionException {
        if (maxWarnings != null && maxWarnings < 0) {
            throw new MojoExecutionException("assistconf: maxWarnings must be 0 or more");
        }
        LintOptions.Builder options = LintOptions.builder().paths(includes).excludes(excludes)
                .configFile(configFile)
                .variant(id("variant", variant, Variant::byId)).kind(id("kind", kind, Kind::byId)).strict(strict)
                .catalogues(catalogues).maxWarnings(failOnWarnings ? Integer.valueOf(0) : maxWarnings)
                .failOnUnknown(failOnUnknown);
        for (Report report : reports) {
            if (report.file() == null) {
                throw new MojoExecutionException("assistconf: each <report> needs a <file>");
            }
            LintFormat format = LintFormat.of(report.format()).orElseThrow(() -> new MojoExecutionException(
                    "assistconf: unknown report format '" + report.format() + "'; use one of "
                            + String.join(", ", LintFormat.ids())));
            createFolderOf(report.file());
            options.report(format, report.file());
        }
        return options.build();
    }

    /** As Maven plugins do, and unlike the command line, a report's folder ({@code target/...}) is created. */
    private void createFolderOf(String file) throws MojoExecutionException {
        Path folder = basedir.toPath().resolve(file).getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | InvalidPathException e) {
            throw new MojoExecutionException("assistconf: cannot create the folder of the report " + file);
        }
    }

    private static <T> T id(String parameter, String id, Function<String, Optional<T>> byId)
            throws MojoExecutionException {
        if (id == null) {
            return null;
        }
        return byId.apply(id).orElseThrow(() -> new MojoExecutionException("assistconf: unknown " + parameter
                + " '" + id + "'"));
    }

    /** The project's folder; never a terminal, so no progress line. */
    private LintEnvironment environment() {
        return new LintEnvironment(basedir.toPath(), InputStream.nullInputStream(), Map.of(), false, System::nanoTime);
    }

    /** Every report of the plugin has a file and no progress line is shown: nothing is written here. */
    private static PrintStream noStandardOutput() {
        return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }
}
