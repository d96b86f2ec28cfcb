package io.assistconf.internal.validate;

import com.networknt.schema.format.Format;
import com.networknt.schema.regex.RegularExpression;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * One compiled schema object: the assertions of its keywords, an unused one null, -1 or false. Filled by
 * {@link FastSchemaCompiler} (after it is registered, so that a recursive {@code $ref} can point to it),
 * read by {@link FastEvaluation}, {@link FastReport} and {@link FailingPart}.
 */
final class CompiledNode {

    static final int OBJECT = 1;
    static final int ARRAY = 2;
    static final int STRING = 4;
    static final int INTEGER = 8;
    static final int NUMBER = 16;
    static final int BOOLEAN = 32;
    static final int NULL = 64;

    /** The boolean schemas. */
    static final CompiledNode TRUE = new CompiledNode();
    static final CompiledNode FALSE = new CompiledNode();

    static {
        FALSE.refusesAll = true;
    }

    /** The schema object compiled, the document holding it and its JSON Pointer there; null for the booleans. */
    JsonNode source;
    String documentId;
    String pointer;
    boolean refusesAll;
    /** The {@code type} names as a mask of the constants above; 0 when there is no {@code type}. */
    int types;
    Set<String> enumStrings;
    JsonNode constValue;
    NetworkntNumbers.Bound minimum;
    NetworkntNumbers.Bound maximum;
    int minLength = -1;
    int maxLength = -1;
    RegularExpression pattern;
    Format format;
    String[] required;
    /** The same names as a set, for asking about one member. */
    Set<String> requiredNames = Set.of();
    int minProperties = -1;
    Map<String, CompiledNode> properties;
    CompiledNode additional;
    CompiledNode propertyNames;
    CompiledNode items;
    boolean uniqueItems;
    CompiledNode[] allOf;
    CompiledNode[] anyOf;
    CompiledNode ifNode;
    CompiledNode thenNode;
    CompiledNode elseNode;
    /** Whether a keyword that applies to one JSON type only (bounds, lengths, members, items) is present. */
    boolean typeDependent;
    /**
     * This schema object's {@code default} when it is a scalar: the normalizer fills that very node, which
     * nothing can change, so it is remembered in {@link #frozenValid} as a frozen value is; else null.
     */
    JsonNode defaultScalar;
    /**
     * The first frozen values ({@code CompactNodeFactory.frozen}: shared defaults) found to satisfy this schema,
     * compared by identity; written without synchronization, as any thread may find one valid.
     */
    final JsonNode[] frozenValid = new JsonNode[4];

    /** The messages of this object's keywords, each written the first time the keyword fails. */
    private final Map<String, ErrorTranslator.Message> messages = new ConcurrentHashMap<>(4);

    /** The code and schema-decided message of one of this object's keywords, failed. */
    ErrorTranslator.Message message(String keyword) {
        ErrorTranslator.Message message = messages.get(keyword);
        if (message == null) {
            message = ErrorTranslator.message(keyword, source == null ? null : source.get(keyword), source);
            messages.putIfAbsent(keyword, message); // threads racing write equal messages
        }
        return message;
    }

    /** The schema of the member {@code name}: its property schema, else additionalProperties, else null. */
    CompiledNode memberSchema(String name) {
        CompiledNode declared = properties == null ? null : properties.get(name);
        return declared != null ? declared : additional;
    }
}
