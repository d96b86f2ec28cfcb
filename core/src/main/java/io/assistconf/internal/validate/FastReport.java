package io.assistconf.internal.validate;

import io.assistconf.Violation;
import io.assistconf.internal.tree.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The violations of a payload, written from the compiled schema rather than from networknt's errors: each
 * keyword that fails where networknt would report it, translated as {@link ErrorTranslator} translates
 * networknt's errors (each schema object's messages written once, when its keyword first fails), and each
 * {@code anyOf} none of whose alternatives admits the value judged as the translator judges the errors of its
 * alternatives. It is also the verdict: one walk judges each member and item with {@link FastEvaluation#valid}
 * first and descends, writing pointers, only into those that fail, so a valid payload costs one evaluation and
 * an invalid one little more.
 *
 * <p>It gives up (null) past {@code maxErrors} failed keywords. With at most that many, no failing value is left
 * out of {@link FailingPart}'s copy, so networknt's report on that copy, which this one must equal, is its
 * report on the whole payload; past it, networknt reports on the cut copy.
 */
final class FastReport {

    private sealed interface Issue permits Failed, AnyOf {
    }

    /** A keyword of the schema object {@code at} that the value at {@code pointer} fails. */
    private record Failed(String keyword, String pointer, CompiledNode at, String property, JsonNode instance)
            implements Issue {

        /** Whether it is a type (or {@code const}) error at the value an {@code anyOf} judges. */
        boolean mismatchAt(String anyOfPointer) {
            return (keyword.equals("type") || keyword.equals("const")) && pointer.equals(anyOfPointer);
        }
    }

    /** An {@code anyOf} that no alternative satisfies, with the issues of each alternative. */
    private record AnyOf(String pointer, JsonNode instance, List<List<Issue>> alternatives) implements Issue {
    }

    /** Thrown when the report passes its bound. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    private final int maxErrors;
    private int errors;
    /** The names and indexes from the root to the value being evaluated, written out as a pointer on failure. */
    private final List<Object> path = new ArrayList<>();

    private FastReport(int maxErrors) {
        this.maxErrors = maxErrors;
    }

    /** The violations, none when the payload is valid; null past {@code maxErrors} failed keywords. */
    static List<Violation> of(CompiledNode root, JsonNode instance, ErrorTranslator translator, int maxErrors) {
        List<Issue> issues = new ArrayList<>();
        try {
            new FastReport(maxErrors).evaluate(root, instance, issues);
        } catch (TooMany e) {
            return null;
        }
        if (issues.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        translate(issues, translator, violations);
        return ErrorTranslator.withoutNoiseAtRefusedFields(violations);
    }

    /** Adds the issues of the value at {@link #path} against {@code schema}: none when it satisfies the schema. */
    private void evaluate(CompiledNode schema, JsonNode value, List<Issue> out) {
        if (FastEvaluation.shared(schema, value) && FastEvaluation.valid(schema, value)) {
            return; // a shared default, most often judged valid before
        }
        if (schema.refusesAll) {
            fail("false", schema, null, value, out);
            return;
        }
        if (schema.types != 0 && !FastEvaluation.typeMatches(schema.types, value)) {
            fail("type", schema, null, value, out);
        }
        if (!FastEvaluation.enumAdmits(schema, value)) {
            fail("enum", schema, null, value, out);
        }
        if (schema.constValue != null && !FastEvaluation.constMatches(schema.constValue, value)) {
            fail("const", schema, null, value, out);
        }
        if (schema.typeDependent) {
            if (value.isObject()) {
                object(schema, value, out);
            } else if (value.isArray()) {
                array(schema, value, out);
            } else if (value.isString()) {
                string(schema, value, out);
            } else if (value.isNumber()) {
                if (schema.minimum != null && schema.minimum.compare(value) < 0) {
                    fail("minimum", schema, null, value, out);
                }
                if (schema.maximum != null && schema.maximum.compare(value) > 0) {
                    fail("maximum", schema, null, value, out);
                }
            }
        }
        if (schema.allOf != null) {
            for (CompiledNode part : schema.allOf) {
                evaluate(part, value, out);
            }
        }
        if (schema.anyOf != null) {
            anyOf(schema.anyOf, value, out);
        }
        if (schema.ifNode != null) {
            CompiledNode branch = FastEvaluation.valid(schema.ifNode, value) ? schema.thenNode : schema.elseNode;
            if (branch != null) {
                evaluate(branch, value, out);
            }
        }
    }

    private void object(CompiledNode schema, JsonNode object, List<Issue> out) {
        if (schema.properties != null || schema.additional != null) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                CompiledNode memberSchema = schema.memberSchema(member.getKey());
                if (memberSchema != null) {
                    descend(member.getKey(), memberSchema, member.getValue(), out);
                }
            }
        }
        if (object.size() < schema.minProperties) {
            fail("minProperties", schema, null, object, out);
        }
        if (schema.required != null) {
            for (String name : schema.required) {
                if (object.get(name) == null) {
                    fail("required", schema, name, object, out);
                }
            }
        }
        if (schema.propertyNames != null) {
            for (String name : object.propertyNames()) {
                if (!FastEvaluation.valid(schema.propertyNames, StringNode.valueOf(name))) {
                    fail("propertyNames", schema, name, object, out);
                }
            }
        }
    }

    private void array(CompiledNode schema, JsonNode array, List<Issue> out) {
        if (schema.items != null) {
            for (int i = 0; i < array.size(); i++) {
                descend(i, schema.items, array.get(i), out);
            }
        }
        if (schema.uniqueItems && !FastEvaluation.distinct(array)) {
            fail("uniqueItems", schema, null, array, out);
        }
    }

    /**
     * Adds the issues of a member or item ({@code segment}: its name or index) when the verdict finds it fails;
     * one that satisfies its schema costs that verdict alone and writes no pointer.
     */
    private void descend(Object segment, CompiledNode schema, JsonNode value, List<Issue> out) {
        if (!FastEvaluation.valid(schema, value)) {
            path.add(segment);
            evaluate(schema, value, out);
            path.remove(path.size() - 1);
        }
    }

    private void string(CompiledNode schema, JsonNode value, List<Issue> out) {
        String text = value.asString();
        if (!FastEvaluation.lengthFits(schema, text)) {
            boolean tooShort = schema.minLength >= 0 && text.codePointCount(0, text.length()) < schema.minLength;
            fail(tooShort ? "minLength" : "maxLength", schema, null, value, out);
        }
        if (schema.pattern != null && !schema.pattern.matches(text)) {
            fail("pattern", schema, null, value, out);
        }
        if (schema.format != null && !schema.format.matches(null, text)) {
            fail("format", schema, null, value, out);
        }
    }

    /** An {@code anyOf}: nothing when an alternative admits the value, else the issues of every alternative. */
    private void anyOf(CompiledNode[] alternatives, JsonNode value, List<Issue> out) {
        for (CompiledNode alternative : alternatives) {
            if (FastEvaluation.valid(alternative, value)) {
                return;
            }
        }
        List<List<Issue>> issues = new ArrayList<>(alternatives.length);
        for (CompiledNode alternative : alternatives) {
            List<Issue> own = new ArrayList<>();
            evaluate(alternative, value, own);
            issues.add(own);
        }
        out.add(new AnyOf(pointer(), value, issues));
    }

    private void fail(String keyword, CompiledNode at, String property, JsonNode instance, List<Issue> out) {
        if (++errors > maxErrors) {
            throw new TooMany();
        }
        out.add(new Failed(keyword, pointer(), at, property, instance));
    }

    /** The pointer of the value being evaluated. */
    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : path) {
            pointer.append('/').append(segment instanceof String name ? Pointers.escape(name) : segment);
        }
        return pointer.toString();
    }

    // ------------------------------------------------------------------ translation

    private static void translate(List<Issue> issues, ErrorTranslator translator, List<Violation> out) {
        for (Issue issue : issues) {
            if (issue instanceof Failed failed) {
                out.add(ErrorTranslator.violation(failed.keyword(), failed.at().message(failed.keyword()),
                        failed.pointer(), failed.property(), failed.instance()));
            } else {
                resolve((AnyOf) issue, translator, out);
            }
        }
    }

    /**
     * As the translator groups the errors of an {@code anyOf}: the issues of the alternatives that admit the
     * value's type (no type error of their own at the value) and fail otherwise; when there are none, one type
     * error naming what every alternative accepts.
     */
    private static void resolve(AnyOf anyOf, ErrorTranslator translator, List<Violation> out) {
        List<Issue> matched = new ArrayList<>();
        for (List<Issue> alternative : anyOf.alternatives()) {
            if (!hasOwnMismatch(alternative, anyOf.pointer()) && hasOtherIssue(alternative, anyOf.pointer())) {
                matched.addAll(alternative);
            }
        }
        if (!matched.isEmpty()) {
            translate(matched, translator, out);
            return;
        }
        Failed sample = sample(anyOf);
        out.add(translator.typeMismatch(anyOf.pointer(), sample.at().documentId,
                Pointers.append(sample.at().pointer, sample.keyword()), anyOf.instance()));
    }

    /**
     * The type error the accepted shapes are read from: the first an alternative has of its own inside the
     * {@code anyOf} (not through a {@code $ref} elsewhere), else the first at the value at any depth.
     */
    private static Failed sample(AnyOf anyOf) {
        for (List<Issue> alternative : anyOf.alternatives()) {
            for (Issue issue : alternative) {
                if (issue instanceof Failed failed && failed.mismatchAt(anyOf.pointer())
                        && Pointers.append(failed.at().pointer, failed.keyword()).contains("/anyOf/")) {
                    return failed;
                }
            }
        }
        List<Failed> all = new ArrayList<>();
        anyOf.alternatives().forEach(alternative -> flatten(alternative, all));
        for (Failed failed : all) {
            if (failed.mismatchAt(anyOf.pointer())) {
                return failed;
            }
        }
        throw new IllegalStateException("an anyOf with no alternative that failed for the value's type");
    }

    private static boolean hasOwnMismatch(List<Issue> alternative, String pointer) {
        for (Issue issue : alternative) {
            if (issue instanceof Failed failed && failed.mismatchAt(pointer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOtherIssue(List<Issue> alternative, String pointer) {
        List<Failed> all = new ArrayList<>();
        flatten(alternative, all);
        for (Failed failed : all) {
            if (!failed.mismatchAt(pointer)) {
                return true;
            }
        }
        return false;
    }

    /** Every failed keyword of the issues, those of nested {@code anyOf}s included, in order. */
    private static void flatten(List<Issue> issues, List<Failed> out) {
        for (Issue issue : issues) {
            if (issue instanceof Failed failed) {
                out.add(failed);
            } else {
                ((AnyOf) issue).alternatives().forEach(alternative -> flatten(alternative, out));
            }
        }
    }
}
