package io.assistconf.cli;

import io.assistconf.cli.lint.LintCommand;
import io.assistconf.lint.LintEnvironment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The {@code assistconf} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: reports quote payload text. The output is buffered and not
        // flushed at each line (System.out would write every 128 bytes): a report flushes it per file.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
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
            return commandLine(args, out, err, environment).execute(args);
        } catch (Throwable unexpected) {
            // picocli handles exceptions, not errors such as a stack overflow
            return internalError(unexpected, err);
        }
    }

    /**
     * The command tree: one subcommand per verb. When the first argument names a verb, only that one is added:
     * picocli reads each command's annotations when it is added, a sixth of a one-file lint's start-up for all
     * of them, and the others could not take part in that run anyway.
     */
    private static CommandLine commandLine(String[] args, PrintStream out, PrintStream err,
            LintEnvironment environment) {
        Map<String, Supplier<Object>> verbs = new LinkedHashMap<>();
        verbs.put("validate", () -> new ValidateCommand(format -> format.reporter(out)));
        verbs.put("normalize", () -> new NormalizeCommand(out, err));
        verbs.put("explain", () -> new ExplainCommand(out, err));
        verbs.put("lint", () -> new LintCommand(environment, out, err));
        verbs.put("schema", () -> new SchemaCommand(out, err));
        CommandLine commandLine = new CommandLine(new AssistConfCommand());
        if (args.length > 0 && verbs.containsKey(args[0])) {
            commandLine.addSubcommand(args[0], verbs.get(args[0]).get());
        } else {
            verbs.forEach((verb, command) -> commandLine.addSubcommand(verb, command.get()));
        }
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
