package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the arguments into {@link Options}. Options may come before or after the files, as
 * {@code --name value} or {@code --name=value}; {@code --} ends the options.
 */
final class ArgumentParser {

    private static final Set<String> VALUED = Set.of("--variant", "--kind", "--format", "--query", "--catalogue");
    private static final Set<String> FLAGS = Set.of("--strict");

    private ArgumentParser() {
    }

    /** The usage text, ending with a line break. */
    static String usage() {
        String variants = Arrays.stream(Variant.values()).map(Variant::id).collect(Collectors.joining(", "));
        String kinds = Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "));
        return String.join(System.lineSeparator(),
                "Usage:",
                "  assistconf validate  [--variant VARIANT] [--kind KIND] [OPTIONS] [--format text|json] FILE...",
                "  assistconf validate  [--variant VARIANT] --kind list-query [OPTIONS] [--format text|json] --query QUERY",
                "  assistconf normalize [--variant VARIANT] [--kind KIND] [OPTIONS] FILE",
                "  assistconf normalize [--variant VARIANT] --kind list-query [OPTIONS] --query QUERY",
                "  assistconf --help",
                "",
                "Options:",
                "  --variant VARIANT  the assistant API: " + variants + "; detected from each payload",
                "                     (a $schema key or keys only one variant has) when not given",
                "  --kind KIND        the kind of document: " + kinds,
                "                     (default: object, or what a payload's $schema names)",
                "  --strict           report unknown properties as errors instead of warnings",
                "  --catalogue FILE   a JSON file of known values for references (models, providers,",
                "                     presets, tool ids, ...): {\"model\": {\"gpt-4o\": \"openai\"}, \"rule\": [\"r1\"]}",
                "  --format FORMAT    the validate report: text (default) or json",
                "  --query QUERY      check a URL query string such as 'limit=10&fields=full' instead of",
                "                     files (implies --kind list-query)",
                "  -h, --help         print this help",
                "",
                "A FILE may be a directory: every *.json, *.yaml and *.yml file under it is checked.",
                "normalize prints the canonical payload as JSON.",
                "",
                "Exit status: 0 every input is valid (warnings allowed), 1 an input is invalid,",
                "2 a usage error or an input that could not be read.",
                "");
    }

    static Options parse(String[] args) throws UsageException {
        boolean help = Arrays.stream(args).takeWhile(arg -> !arg.equals("--"))
                .anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
        if (help) {
            return Options.help();
        }
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        Options.Command command = command(args[0]);
        Map<String, String> values = new HashMap<>();
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (FLAGS.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(name + " takes no value");
                }
                value = "";
            } else if (VALUED.contains(name)) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
            } else {
                throw new UsageException("unknown option '" + arg + "'");
            }
            if (values.put(name, value) != null) {
                throw new UsageException(name + " is given more than once");
            }
        }
        return options(command, values, files);
    }

    private static Options.Command command(String arg) throws UsageException {
        for (Options.Command command : Options.Command.values()) {
            if (command.id().equals(arg)) {
                return command;
            }
        }
        if (arg.startsWith("-")) {
            throw new UsageException("the command (validate or normalize) must come first, found '" + arg + "'");
        }
        throw new UsageException("unknown command '" + arg + "'; use validate or normalize");
    }

    private static Options options(Options.Command command, Map<String, String> values, List<String> files)
            throws UsageException {
        String variantId = values.get("--variant");
        Variant variant = variantId == null ? null : Variant.byId(variantId).orElseThrow(() -> new UsageException(
                "unknown variant '" + variantId + "'; use one of " + ids(Variant.values())));
        String query = values.get("--query");
        String kindId = values.getOrDefault("--kind", query != null ? Kind.LIST_QUERY.id() : null);
        Kind kind = kindId == null ? null : Kind.byId(kindId).orElseThrow(() -> new UsageException(
                "unknown kind '" + kindId + "'; use one of " + ids(Kind.values())));
        boolean json = false;
        String format = values.get("--format");
        if (format != null) {
            if (command != Options.Command.VALIDATE) {
                throw new UsageException("--format applies to validate only; normalize always prints JSON");
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new UsageException("unknown format '" + format + "'; use text or json");
            }
            json = format.equals("json");
        }
        if (query != null) {
            if (kind != Kind.LIST_QUERY) {
                throw new UsageException("--query checks list-query parameters; it cannot be used with --kind "
                        + kind.id());
            }
            if (!files.isEmpty()) {
                throw new UsageException("give either --query or FILE, not both");
            }
        } else if (files.isEmpty()) {
            throw new UsageException("no FILE given");
        } else if (command == Options.Command.NORMALIZE && files.size() > 1) {
            throw new UsageException("normalize takes one FILE, found " + files.size());
        }
        return new Options(command, variant, kind, values.containsKey("--strict"), json, query,
                values.get("--catalogue"), List.copyOf(files));
    }

    private static String ids(Variant[] variants) {
        return Arrays.stream(variants).map(Variant::id).collect(Collectors.joining(", "));
    }

    private static String ids(Kind[] kinds) {
        return Arrays.stream(kinds).map(Kind::id).collect(Collectors.joining(", "));
    }
}
