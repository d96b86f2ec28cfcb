package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.TextFormat;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The documents of a YAML stream, composed one at a time from one parse of the text: each a tree with
 * its own repeated keys and its span in the text (a later document's values are located in the file's
 * lines, reading from its start only). Empty documents are skipped; a stream without content is one
 * {@code empty_document}. A problem ends the stream, after the documents read before it.
 */
final class YamlDocuments implements DocumentStream {

    private final byte[] text;
    private final YamlComposer composer;
    private final YamlTree trees;
    private final LineStarts lines;
    private boolean ended;
    private boolean any;

    YamlDocuments(byte[] text, YamlComposer composer, YamlTree trees) {
        this.text = text;
        this.composer = composer;
        this.trees = trees;
        this.lines = new LineStarts(text);
    }

    @Override
    public ReadOutcome next() {
        if (ended) {
            return null;
        }
        try {
            if (composer.nextDocumentStart() == null) {
                ended = true;
                return any ? null : ReadOutcome.failed(Code.EMPTY_DOCUMENT, "the document is empty", 0, 0);
            }
            any = true;
            Mark start = composer.documentStart();
            int offset = start == null ? 0 : lines.offsetOf(start.getLine());
            YamlNode root = composer.nextDocument();
            Document.Span span = new Document.Span(offset, end(composer.lastEnd()), start == null ? 0 : start.getLine());
            return ReadOutcome.of(new Document(trees.of(root), text, TextFormat.YAML, span, false,
                    composer.repeatedKeys()));
        } catch (YamlComposer.Refused e) {
            ended = true;
            return refused(e);
        } catch (RuntimeException | StackOverflowError e) {
            ended = true;
            return ReadOutcome.failed(Code.PARSE_ERROR, YamlProblems.NOT_WELL_FORMED, 0, 0);
        }
    }

    /**
     * After the first document, for a check of one: a parse error where a second document with content
     * starts (or the problem met looking for it), or null when none follows.
     */
    ReadOutcome another() {
        try {
            Mark more = composer.nextDocumentStart();
            return more == null ? null : ReadOutcome.failed(Code.PARSE_ERROR, "a second YAML document starts here, and"
                    + " this check reads one (a stream is checked document by document)", more.getLine() + 1,
                    more.getColumn() + 1);
        } catch (YamlComposer.Refused e) {
            return refused(e);
        } catch (RuntimeException | StackOverflowError e) {
            return ReadOutcome.failed(Code.PARSE_ERROR, YamlProblems.NOT_WELL_FORMED, 0, 0);
        }
    }

    /**
     * The byte where the content of a document ends at {@code contentEnd} (columns count code points of the
     * well-formed UTF-8 text); the end of the text when unknown.
     */
    private int end(Mark contentEnd) {
        if (contentEnd == null) {
            return -1;
        }
        int at = lines.offsetOf(contentEnd.getLine());
        for (int column = 0; column < contentEnd.getColumn() && at < text.length; column++) {
            int lead = text[at] & 0xff;
            at += lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        }
        return Math.min(at, text.length);
    }

    private static ReadOutcome refused(YamlComposer.Refused e) {
        return e.at == null ? ReadOutcome.failed(e.code, e.getMessage(), 0, 0)
                : ReadOutcome.failed(e.code, e.getMessage(), e.at.getLine() + 1, e.at.getColumn() + 1);
    }
}
