package io.assistconf.lint;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A file as linted, with each document it holds: one, or each document with content of a YAML stream, in
 * text order.
 */
record LintedFile(LintTarget target, List<CheckedDocument> documents) {

    LintedFile {
        documents = List.copyOf(documents);
    }

    String name() {
        return target.name();
    }

    /**
     * The file's name as reports show a document of it: the name alone when the file holds one, else
     * {@code agents.yaml (document 2)}, counting from 1.
     *
     * @param document the document's place among {@link #documents()}, from 0
     */
    String name(int document) {
        return documents.size() == 1 ? name() : name() + " (document " + (document + 1) + ")";
    }

    LintedFile withDocuments(UnaryOperator<CheckedDocument> change) {
        return new LintedFile(target, documents.stream().map(change).toList());
    }
}
