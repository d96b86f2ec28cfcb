package io.assistconf.lint;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What {@code lint} takes from the process beyond its arguments, given so that tests can set it: the
 * working folder relative names start from, the standard input, the environment variables, whether the
 * process runs on a terminal, and a clock.
 *
 * @param workingDirectory the folder relative names start from
 * @param stdin            what {@code -} reads
 * @param variables        the environment variables ({@code CI} hides the progress line)
 * @param console          whether standard input and output are a terminal ({@code System.console()})
 * @param clock            nanoseconds, as {@link System#nanoTime()}
 */
public record LintEnvironment(Path workingDirectory, InputStream stdin, Map<String, String> variables,
        boolean console, LongSupplier clock) {

    /**
     * Makes the working folder absolute and copies the variables.
     *
     * @param workingDirectory the folder relative names start from
     * @param stdin            what {@code -} reads
     * @param variables        the environment variables
     * @param console          whether standard input and output are a terminal
     * @param clock            nanoseconds, as {@link System#nanoTime()}
     */
    public LintEnvironment {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        variables = Map.copyOf(variables);
    }

    /** {@return this process's working folder, standard input, environment, terminal and clock} */
    public static LintEnvironment system() {
        return new LintEnvironment(Path.of(""), System.in, System.getenv(), System.console() != null, System::nanoTime);
    }

    /** A progress line only on a terminal, and never in CI ({@code CI} set, as CI services set it). */
    boolean showsProgress() {
        String ci = variables.get("CI");
        return console && (ci == null || ci.isEmpty());
    }
}
