/**
 * The lint engine: checks a repository of assistant configs as {@code assistconf lint} does
 * ({@code docs/lint.md}). The command line and the Maven plugin are adapters over it.
 *
 * <p>A {@link io.assistconf.lint.Linter} runs once per {@link io.assistconf.lint.LintOptions}: it reads the
 * config file ({@code .assistconf.yaml}), which the options override, walks the paths, checks each file with
 * {@link io.assistconf.AssistConf}, applies the rules across files and writes the reports
 * ({@link io.assistconf.lint.LintFormat}). The {@link io.assistconf.lint.LintResult} gives the verdict
 * ({@link io.assistconf.lint.LintStatus}, the command's exit status) and each
 * {@link io.assistconf.lint.LintFinding}; a run that cannot start as asked throws
 * {@link io.assistconf.lint.LintException}. {@link io.assistconf.lint.LintEnvironment} is what the run takes
 * from the process, so that tests can set it.
 *
 * <p>{@link io.assistconf.lint.ViolationText} and {@link io.assistconf.lint.PrettyJson} are how every report
 * of assistconf writes a violation and JSON; the command line's other commands use them too.
 */
package io.assistconf.lint;
