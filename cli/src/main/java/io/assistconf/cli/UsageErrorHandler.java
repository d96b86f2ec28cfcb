package io.assistconf.cli;

import io.assistconf.ShownText;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** A command line that cannot be run as given: a short message on stderr, a hint, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        if (asksForHelp(args)) {
            // picocli stops at the first bad value; a request for help anywhere wins, as it always did.
            command.usage(command.getOut());
            return ExitStatus.OK.code();
        }
        PrintWriter err = command.getErr();
        // picocli's message may repeat an argument, which can hold anything
        err.println("assistconf: " + ShownText.escaped(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitStatus.TROUBLE.code();
    }

    private static boolean asksForHelp(String[] args) {
        return Arrays.stream(args).takeWhile(arg -> !arg.equals("--"))
                .anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
    }
}
