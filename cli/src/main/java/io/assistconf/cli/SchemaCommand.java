package io.assistconf.cli;

import io.assistconf.Kind;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code assistconf schema}: prints one JSON Schema file as the library ships it, or writes the files of a
 * variant (or of every variant) into a folder as {@code VARIANT/KIND.json}, where their relative
 * {@code $ref}s between files resolve, so that an editor can use them offline.
 */
@Command(name = "schema", description = "Print the JSON Schema of a variant and kind, or write the schema files"
        + " into a folder for an editor (see the README).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--variant", paramLabel = "VARIANT", converter = Ids.VariantConverter.class,
            completionCandidates = Ids.Variants.class, description = "the assistant API: ${COMPLETION-CANDIDATES};"
                    + " with --out and without it, every variant")
    private Variant variant;

    @Option(names = "--kind", paramLabel = "KIND", converter = Ids.KindConverter.class,
            completionCandidates = Ids.Kinds.class, description = "the kind of document: ${COMPLETION-CANDIDATES};"
                    + " with --out, that kind and the files it refers to, and without it every kind")
    private Kind kind;

    @Option(names = "--out", paramLabel = "DIR", description = "write the files into DIR as VARIANT/KIND.json,"
            + " their $refs intact, and list them; without it, print the one schema --variant and --kind name")
    private String out;

    private final PrintStream stdout;
    private final PrintStream stderr;

    SchemaCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        if (out == null && (variant == null || kind == null)) {
            throw usageError("give --variant and --kind to print a schema, or --out DIR to write the files");
        }
        for (Variant each : variants()) {
            if (kind != null && !ShippedSchemas.kinds(each).contains(kind)) {
                throw usageError(each.id() + " has no kind '" + kind.id() + "'; use one of "
                        + ShippedSchemas.kinds(each).stream().map(Kind::id).collect(Collectors.joining(", ")));
            }
        }
        if (out == null) {
            byte[] schema = ShippedSchemas.bytes(variant, kind);
            stdout.write(schema, 0, schema.length);
            stdout.flush();
            return ExitStatus.OK.code();
        }
        return write(folder()).code();
    }

    private ExitStatus write(Path folder) {
        for (Variant each : variants()) {
            for (Kind written : kind == null ? ShippedSchemas.kinds(each) : ShippedSchemas.withReferenced(each, kind)) {
                Path file = folder.resolve(ShippedSchemas.relativeName(each, written));
                try {
                    Files.createDirectories(file.getParent());
                    Files.write(file, ShippedSchemas.bytes(each, written));
                } catch (IOException e) {
                    stderr.println("assistconf: cannot write " + ShownText.fileName(file.toString()));
                    return ExitStatus.TROUBLE;
                }
                stdout.println(ShownText.fileName(file.toString()));
            }
        }
        return ExitStatus.OK;
    }

    private List<Variant> variants() {
        return variant == null ? List.of(Variant.values()) : List.of(variant);
    }

    private Path folder() {
        if (out.isEmpty()) {
            throw usageError("--out is empty");
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw usageError("--out " + ShownText.fileName(out) + " is not a folder name this platform can use");
        }
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
