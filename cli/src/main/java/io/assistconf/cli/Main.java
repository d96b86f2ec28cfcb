package io.assistconf.cli;

import io.assistconf.cli.lint.LintCommand;
import io.assistconf.lint.LintEnvironment;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code assistconf} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: reports quote payload text.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line and returns the {@link ExitStatus} code. Never throws and never prints a stack
     * trace.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, LintEnvironment.system());
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with the working folder, input and terminal given. */
    public static int run(String[] args, PrintStream out, PrintStream err, LintEnvironment environment) {
        try {
            return commandLine(out, err, environment).execute(args);
        } catch (Throwable unexpected) {
            // picocli handles exceptions, not errors such as a stack overflow
            return internalError(unexpected, err);
        }
    }

    /** The command tree: one subcommand per verb. */
    private static CommandLine commandLine(PrintStream out, PrintStream err, LintEnvironment environment) {
        CommandLine commandLine = new CommandLine(new AssistConfCommand())
                .addSubcommand(new ValidateCommand(format -> format.reporter(out)))
                .addSubcommand(new NormalizeCommand(out, err))
                .addSubcommand(new ExplainCommand(out, err))
                .addSubcommand(new LintCommand(environment, out, err))
                .addSubcommand(new SchemaCommand(out, err));
        return commandLine.setOut(utf8(out)).setErr(utf8(err))
                .setExpandAtFiles(false) // a FILE may start with '@'
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler((exception, command, parseResult) -> internalError(exception, err));
    }

    /** The class name only: the message could quote a payload, and with it a secret. */
    private static int internalError(Throwable unexpected, PrintStream err) {
        err.println("assistconf: internal error: " + unexpected.getClass().getName());
        return ExitStatus.TROUBLE.code();
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
