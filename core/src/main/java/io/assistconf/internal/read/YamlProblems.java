package io.assistconf.internal.read;

import io.assistconf.Code;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns what snakeyaml-engine reports of a text that is not well-formed YAML into a short fixed phrase,
 * located where it found the problem. Its own messages are never passed on: they may quote the input
 * ("found character 'x'", a tag handle), and so a secret. The kind of problem is told from the fixed part
 * of its message; one this table does not know is "not well-formed YAML", still located.
 */
final class YamlProblems {

    /**
     * A problem kind: the start of snakeyaml-engine's problem text, or of its context, and the phrase;
     * {@code atContext}: located where the context starts (the key without ':', the opening quote), not
     * where the parser gave up.
     */
    private record Kind(String problem, String context, String phrase, boolean atContext) {

        Kind(String problem, String context, String phrase) {
            this(problem, context, phrase, false);
        }

        boolean matches(String problemText, String contextText) {
            return (problem == null || problemText.startsWith(problem))
                    && (context == null || contextText.startsWith(context));
        }
    }

    static final String NOT_WELL_FORMED = "the document is not well-formed YAML";

    private static final List<Kind> KINDS = List.of(
            new Kind("found character '\\t(TAB)'", null, "a tab character, which YAML does not allow for"
                    + " indentation or to start a value"),
            new Kind("found character", null, "a character that cannot start a YAML value or key here"),
            new Kind("mapping values are not allowed", null, "a ':' where no mapping value can start (quote a"
                    + " value that holds ': ')"),
            new Kind("could not find expected ':'", null, "expected ':' after a mapping key", true),
            new Kind("found unexpected end of stream", "while scanning a quoted scalar", "unterminated quoted string",
                    true),
            new Kind("found unexpected document separator", "while scanning a quoted scalar",
                    "unterminated quoted string", true),
            new Kind("found unknown escape character", null, "an unknown escape in a double-quoted string"),
            new Kind("expected escape sequence", null, "a malformed hexadecimal escape in a double-quoted string"),
            new Kind("sequence entries are not allowed", null, "a sequence entry ('- ') where none can start"),
            new Kind("mapping keys are not allowed", null, "an explicit mapping key ('? ') where none can start"),
            new Kind("expected <block end>", null, "unexpected content at this indentation (check the indentation"
                    + " of the lines above)"),
            new Kind("expected ',' or ']'", null, "expected ',' or ']' in a flow sequence"),
            new Kind("expected ',' or '}'", null, "expected ',' or '}' in a flow mapping"),
            new Kind("expected the node content", null, "expected a value"),
            new Kind("expected '<document start>'", null, "expected a document start ('---')"),
            new Kind("expected '<document end>' before directives", null, "a directive ('%') inside a document"),
            new Kind("found duplicate YAML directive", null, "a directive ('%') given twice"),
            new Kind("found undefined tag handle", null, "an undefined tag handle"),
            new Kind("duplicate tag handle", null, "a tag handle defined twice"),
            new Kind(null, "while scanning a tag", "a malformed tag"),
            new Kind(null, "while scanning an anchor", "a malformed anchor name"),
            new Kind(null, "while scanning an alias", "a malformed alias name"),
            new Kind(null, "while scanning a block scalar", "a malformed block scalar header ('|' or '>')"),
            new Kind(null, "while scanning a directive", "a malformed directive ('%')"),
            new Kind(null, "while scanning a YAML directive", "a malformed directive ('%')"),
            new Kind("found unexpected end of stream", null, "unexpected end of input"));

    private YamlProblems() {
    }

    /**
     * The problem as a parse error in words of assistconf; located where snakeyaml-engine found it, else at
     * {@code fallback} (the end of the last event read).
     */
    static YamlComposer.Refused of(YamlEngineException e, Mark fallback, byte[] text) {
        if (e instanceof MarkedYamlEngineException marked) {
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            String context = marked.getContext() == null ? "" : marked.getContext();
            Kind kind = KINDS.stream().filter(known -> known.matches(problem, context)).findFirst()
                    .orElse(new Kind(null, null, NOT_WELL_FORMED));
            Optional<Mark> at = kind.atContext() ? marked.getContextMark().or(marked::getProblemMark)
                    : marked.getProblemMark().or(marked::getContextMark);
            return new YamlComposer.Refused(Code.PARSE_ERROR, kind.phrase(), at.orElse(fallback));
        }
        if (e instanceof ReaderException reader) {
            return new YamlComposer.Refused(Code.PARSE_ERROR, "a control character that YAML does not allow",
                    new TextPositions(text).markOfCodePoint(reader.getPosition()));
        }
        return new YamlComposer.Refused(Code.PARSE_ERROR, NOT_WELL_FORMED, fallback);
    }
}
