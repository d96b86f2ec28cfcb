/**
 * The Maven plugin of assistconf: the goal {@code assistconf:lint} ({@link io.assistconf.maven.LintMojo}),
 * bound by default to the {@code verify} phase, runs the lint engine of {@code io.assistconf.lint} with the
 * options of {@code assistconf lint}, configured in the POM; each {@code <report>} is a
 * {@link io.assistconf.maven.Report}. The goal's parameters, not these classes, are the plugin's interface.
 */
package io.assistconf.maven;
