package io.assistconf.cli;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks inputs against the variant and kind given on the command line, or those detected from each payload. */
final class Checker {

    private final AssistConf assistconf;
    private final Variant variant;
    private final Kind kind;

    /**
     * @param variant the assistant API, or null to detect it from each payload
     * @param kind    the kind of document, or null for object unless a payload's $schema names one
     */
    Checker(AssistConf assistconf, Variant variant, Kind kind) {
        this.assistconf = assistconf;
        this.variant = variant;
        this.kind = kind;
    }

    CheckedInput file(Path file) {
        return CheckedInput.file(file.toString(), check(Input.of(file)));
    }

    /** Each document of the file: one, or each document of a YAML stream, numbered from 1. */
    List<CheckedInput> documents(Path file) {
        List<Result> results = assistconf.checkDocuments(variant, variant != null && kind == null ? Kind.OBJECT : kind,
                Input.of(file));
        if (results.size() == 1) {
            return List.of(CheckedInput.file(file.toString(), results.get(0)));
        }
        List<CheckedInput> documents = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            documents.add(CheckedInput.document(file.toString(), i + 1, results.get(i)));
        }
        return documents;
    }

    CheckedInput query(String query) {
        return CheckedInput.query(check(Input.query(query)));
    }

    private Result check(Input input) {
        if (variant != null) {
            return assistconf.check(variant, kind == null ? Kind.OBJECT : kind, input);
        }
        return kind == null ? assistconf.check(input) : assistconf.check(kind, input);
    }
}
