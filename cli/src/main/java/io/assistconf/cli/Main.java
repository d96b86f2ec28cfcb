package io.assistconf.cli;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The {@code assistconf} command: {@code validate} and {@code normalize}. */
public final class Main {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int TROUBLE = 2;

    /** How a query string is named in reports, where a file name would be. */
    static final String QUERY_NAME = "<query>";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line and returns the exit status: 0 every input valid, 1 an input invalid, 2 a
     * usage error or an unreadable input. Never throws and never prints a stack trace.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return execute(args, out, err);
        } catch (Throwable unexpected) {
            err.println("assistconf: internal error: " + unexpected.getClass().getName());
            return TROUBLE;
        }
    }

    private static int execute(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = ArgumentParser.parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        }
        if (options.isHelp()) {
            out.print(ArgumentParser.usage());
            return OK;
        }
        Catalogue catalogue;
        try {
            catalogue = options.catalogue() == null ? Catalogue.NONE
                    : Catalogue.parse(Files.readString(Path.of(options.catalogue())));
        } catch (IOException | InvalidPathException e) {
            return usageError("cannot read the catalogue " + options.catalogue(), err);
        } catch (IllegalArgumentException e) {
            return usageError(options.catalogue() + ": " + e.getMessage(), err);
        }
        AssistConf assistconf = AssistConf.builder().strict(options.strict()).catalogue(catalogue).build();
        Variant variant = options.variant();
        Kind kind = options.kind() == null ? Kind.OBJECT : options.kind();
        if (variant != null && !assistconf.kinds(variant).contains(kind)) {
            return usageError(variant.id() + " has no kind '" + kind.id() + "'; use one of "
                    + assistconf.kinds(variant).stream().map(Kind::id).collect(Collectors.joining(", ")), err);
        }
        return switch (options.command()) {
            case VALIDATE -> validate(assistconf, options, out);
            case NORMALIZE -> normalize(assistconf, options, out, err);
        };
    }

    private static int validate(AssistConf assistconf, Options options, PrintStream out) {
        List<Checked> checked = new ArrayList<>();
        if (options.query() != null) {
            checked.add(check(assistconf, options, QUERY_NAME, Input.query(options.query())).checked());
        } else {
            for (InputFiles.Entry entry : InputFiles.expand(options.files())) {
                String name = entry.path().toString();
                checked.add(entry.problem() == null ? check(assistconf, options, name, Input.of(entry.path())).checked()
                        : Checked.unreadable(name, entry.problem()));
            }
        }
        if (options.json()) {
            JsonReport.print(checked, out);
        } else {
            TextReport.print(checked, options.query() != null ? "query" : "file", out);
        }
        return status(checked);
    }

    private static int normalize(AssistConf assistconf, Options options, PrintStream out, PrintStream err) {
        Outcome outcome;
        if (options.query() != null) {
            outcome = check(assistconf, options, QUERY_NAME, Input.query(options.query()));
        } else {
            Path file = Path.of(options.files().get(0));
            if (Files.isDirectory(file)) {
                err.println("assistconf: " + file + " is a directory; normalize takes one file");
                return TROUBLE;
            }
            outcome = check(assistconf, options, file.toString(), Input.of(file));
        }
        TextReport.violations(outcome.checked(), err);
        Optional<JsonNode> canonical = outcome.result().canonical();
        if (outcome.checked().valid() && canonical.isPresent()) {
            out.println(JsonReport.pretty(canonical.get()));
        }
        return status(List.of(outcome.checked()));
    }

    /** The result of one check, and the same as the reports show it. */
    private record Outcome(Result result, Checked checked) {
    }

    private static Outcome check(AssistConf assistconf, Options options, String name, Input input) {
        Result result;
        if (options.variant() != null) {
            result = assistconf.check(options.variant(), options.kind() == null ? Kind.OBJECT : options.kind(), input);
        } else {
            result = options.kind() == null ? assistconf.check(input) : assistconf.check(options.kind(), input);
        }
        return new Outcome(result, new Checked(name, result.violations()));
    }

    private static int status(List<Checked> checked) {
        if (checked.stream().anyMatch(Checked::unreadable)) {
            return TROUBLE;
        }
        return checked.stream().allMatch(Checked::valid) ? OK : INVALID;
    }

    private static int usageError(String message, PrintStream err) {
        err.println("assistconf: " + message);
        err.println();
        err.print(ArgumentParser.usage());
        return TROUBLE;
    }
}
