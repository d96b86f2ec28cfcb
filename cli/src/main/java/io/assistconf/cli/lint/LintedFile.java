package io.assistconf.cli.lint;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A file as linted, with each document it holds. A file holds one document today; a YAML file of several
 * documents will hold one each once the library reads them apart.
 */
record LintedFile(LintTarget target, List<CheckedDocument> documents) {

    LintedFile {
        documents = List.copyOf(documents);
    }

    String name() {
        return target.name();
    }

    LintedFile withDocuments(UnaryOperator<CheckedDocument> change) {
        return new LintedFile(target, documents.stream().map(change).toList());
    }
}
