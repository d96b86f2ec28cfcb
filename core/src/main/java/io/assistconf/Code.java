package io.assistconf;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of violation codes: every {@link Violation} carries the {@link #id()} of one of these.
 * Ids are stable: a code is never renamed or reused for another meaning. Each constant describes its
 * code (group, default severity, summary and help) for reports such as SARIF rule metadata;
 * {@code docs/errors.md} is written from this enum.
 */
public enum Code {
    /** The input is not well-formed JSON or YAML. */
    PARSE_ERROR("parse_error", Group.READING, Severity.ERROR,
            "The input is not well-formed JSON or YAML.",
            "The text is not well-formed JSON, JSONC or YAML, has content after the document, or a query string"
                    + " has a malformed percent escape. The message says what was expected where (\"expected ','"
                    + " or '}' after a member\", \"unterminated string\", \"a tab character, which YAML does not"
                    + " allow for indentation\") and never quotes the input. Located at the fault."),
    /** The input holds no document. */
    EMPTY_DOCUMENT("empty_document", Group.READING, Severity.ERROR,
            "The input holds no document.",
            "The input holds nothing but white space or comments (a YAML stream: nothing but empty documents)."),
    /** The top-level value is not an object. */
    NOT_AN_OBJECT("not_an_object", Group.READING, Severity.ERROR,
            "The top-level value is not an object.",
            "The top-level value is not an object, where the kind of document is one (every kind but Burki's list"
                    + " response). Located at the value."),
    /** The top-level value is not an array. */
    NOT_AN_ARRAY("not_an_array", Group.READING, Severity.ERROR,
            "The top-level value is not an array.",
            "The top-level value is not an array, where the kind of document is one (Burki's list response)."),
    /** The variant could not be detected. */
    UNKNOWN_VARIANT("unknown_variant", Group.READING, Severity.ERROR,
            "The variant could not be detected.",
            "No variant was given and none could be detected: the document has keys of assistant schemas, but"
                    + " none that tells the variants apart, or no variant has a document of its root type. The"
                    + " message names the candidates. Located at the document's root."),
    /** The keys point to more than one variant. */
    AMBIGUOUS_VARIANT("ambiguous_variant", Group.READING, Severity.ERROR,
            "The keys point to more than one variant.",
            "No variant was given and the keys point to more than one; the message names each variant with the"
                    + " keys that point to it. Located at the document's root."),
    /** The document is not an assistant configuration. */
    NOT_ASSISTANT_CONFIG("not_assistant_config", Group.READING, Severity.ERROR,
            "The document is not an assistant configuration.",
            "No variant was given, no key tells one, and most of the document's top-level keys are fields of no"
                    + " assistant schema (`package.json`, `tsconfig.json`, a compose file), or it is a scalar. A"
                    + " linter lists such a file as skipped; a caller that expects an assistant configuration"
                    + " refuses it. The message counts keys and quotes none. Located at the document's root."),
    /** The text is not well-formed UTF-8, or a string holds an unpaired surrogate. */
    INVALID_ENCODING("invalid_encoding", Group.READING, Severity.ERROR,
            "The text is not well-formed UTF-8, or a string holds an unpaired surrogate.",
            "The text is not well-formed UTF-8 (an overlong form such as `C0 AF`, an encoded surrogate, a code point"
                    + " past U+10FFFF, a truncated sequence), or a string holds an unpaired UTF-16 surrogate (a JSON"
                    + " `\\uD800` escape without its pair, the same escape in a YAML double-quoted key or value, or"
                    + " such a character in a caller's tree). Located at the first byte of the offending sequence, or"
                    + " at the YAML scalar; nothing is decoded silently."),
    /** A key appears twice in one object. */
    DUPLICATE_KEY("duplicate_key", Group.READING, Severity.ERROR,
            "A key appears twice in one object.",
            "The same key appears twice in one object (JSON or YAML). Located at the repetition, the message names"
                    + " the line of the first occurrence. The check goes on with the last value, as most parsers"
                    + " (and the servers) read it, so the document's other problems are reported too. The message"
                    + " quotes the key, shortened and escaped, unless it starts with the name of a secret field"
                    + " followed by `:` or `=`; then it names only that field; it never shows a value."),
    /** The input goes past a configured limit. */
    LIMIT_EXCEEDED("limit_exceeded", Group.READING, Severity.ERROR,
            "The input goes past a configured limit.",
            "The document is larger, deeper, has a longer string, name or number, or holds more values (objects,"
                    + " arrays and scalars, those YAML aliases and merge keys stand for counted at each use) than the"
                    + " configured `Limits` allow. The message names the limit."),
    /** The file or stream could not be read. */
    UNREADABLE_INPUT("unreadable_input", Group.READING, Severity.ERROR,
            "The file or stream could not be read.",
            "A file or stream could not be read (missing file, permissions, I/O error). The command line exits"
                    + " with 2."),
    /** A value of a Map input has no JSON form. */
    UNSUPPORTED_VALUE("unsupported_value", Group.READING, Severity.ERROR,
            "A value of a Map input has no JSON form.",
            "A `Map` input holds a value with no JSON form (an arbitrary object, a non-string key, NaN)."),

    /** A defect in assistconf kept the payload from being checked. */
    INTERNAL_ERROR("internal_error", Group.CHECKER, Severity.ERROR,
            "A defect in assistconf kept the payload from being checked.",
            "The payload could not be checked because of a defect in assistconf (an unexpected exception or a"
                    + " stack overflow while checking it), not because of the payload; `check` returns this instead"
                    + " of throwing. The message names neither the exception nor any value of the input. Please"
                    + " report it."),

    /** A key the schema does not list at that place. */
    UNKNOWN_PROPERTY("unknown_property", Group.NORMALIZING, Severity.WARNING,
            "A key the schema does not list at that place.",
            "A key that the schema does not list at that place. Warning by default, error in strict mode. The"
                    + " message quotes the key, shortened and escaped, and suggests the nearest known name (\"did you"
                    + " mean 'temperature'?\"). A key that starts with the name of a secret field followed by `:` or"
                    + " `=` (`authorization:sk-...`, a YAML key missing the space after its colon) is not shown: the"
                    + " message names only the field, and the pointer and path are those of the object holding it."
                    + " The key is kept."),
    /** Two spellings of one property carry different values. */
    CONFLICTING_ALIAS("conflicting_alias", Group.NORMALIZING, Severity.ERROR,
            "Two spellings of one property carry different values.",
            "Two spellings of one property (`store` and `store_responses`, `topP` and `top_p`) carry different"
                    + " values. The message quotes both paths, shortened and escaped."),
    /** A single-valued query parameter is given several times. */
    REPEATED_PARAMETER("repeated_parameter", Group.NORMALIZING, Severity.ERROR,
            "A single-valued query parameter is given several times.",
            "A query parameter that takes one value is given several times. The message quotes its name."),
    /** A reference the catalogue does not list. */
    UNKNOWN_REFERENCE("unknown_reference", Group.NORMALIZING, Severity.ERROR,
            "A reference the catalogue does not list.",
            "With a catalogue, a value of a reference field (`x-reference`: a model, provider, vector store, rule,"
                    + " preset, tool id) that the catalogue does not list. The message quotes the value found,"
                    + " shortened and escaped (no reference field is a secret one), and suggests the nearest listed"
                    + " value."),
    /** The payload's $schema names another schema than the one it is checked against. */
    SCHEMA_MISMATCH("schema_mismatch", Group.NORMALIZING, Severity.WARNING,
            "The payload's $schema names another schema than the one it is checked against.",
            "The root `$schema` names a schema of assistconf of another variant or kind than the one the payload"
                    + " is checked against: the variant or kind the caller gave wins. The message names both."),
    /** A key only one of the sources accepts: a seed page or the real server. */
    LEGACY_KEY("legacy_key", Group.NORMALIZING, Severity.WARNING,
            "A key only one of the sources accepts: a seed page or the real server.",
            "A key that only one of the sources behind a schema accepts (a seed page, or the real server's"
                    + " contract or code), marked `x-legacy` in the schema (such as Burki's top-level"
                    + " `custom_llm_url`). It is accepted and kept as given, in whatever spelling; the message"
                    + " quotes the key as written and the schema's note (which source takes it, what to prefer),"
                    + " never the value. Located at the key's value. A warning in strict mode too: the server"
                    + " accepts it."),
    /** A value only one of the sources accepts: a seed page or the real server. */
    LEGACY_VALUE("legacy_value", Group.NORMALIZING, Severity.WARNING,
            "A value only one of the sources accepts: a seed page or the real server.",
            "A value that only one of the sources behind a schema accepts, marked `x-legacy` in the schema: a"
                    + " listed value of an enum (such as Freddy's `reasoning.effort` `minimal`), or a value that"
                    + " only a marked alternative matches (Freddy's string `truncation`). It is accepted and kept"
                    + " as given; the message quotes the value, shortened and escaped (under a secret field it"
                    + " names the field instead), and the schema's note. Located at the value. A warning in"
                    + " strict mode too."),

    /** The value has the wrong JSON type. */
    INVALID_TYPE("invalid_type", Group.SCHEMA, Severity.ERROR,
            "The value has the wrong JSON type.",
            "The value has the wrong JSON type (\"must be integer, found string\"); for a property with several"
                    + " documented shapes, \"must be one of: array, string, null\".",
            "type", "anyOf"),
    /** The value is not one of the allowed values. */
    INVALID_VALUE("invalid_value", Group.SCHEMA, Severity.ERROR,
            "The value is not one of the allowed values.",
            "Not one of the allowed values; the message lists them.",
            "enum", "const"),
    /** A required property is absent. */
    MISSING_REQUIRED("missing_required", Group.SCHEMA, Severity.ERROR,
            "A required property is absent.",
            "A required property is absent; the pointer names the missing property, the location is its object.",
            "required"),
    /** A field the server sets was sent in a request body. */
    READ_ONLY_PROPERTY("read_only_property", Group.SCHEMA, Severity.ERROR,
            "A field the server sets was sent in a request body.",
            "A field the server sets (`id`, `created_at`, ...) sent in a create or update body.",
            "false"),
    /** A number outside its documented range. */
    OUT_OF_RANGE("out_of_range", Group.SCHEMA, Severity.ERROR,
            "A number outside its documented range.",
            "A number outside its documented range (\"must be between 0 and 2 (inclusive)\").",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    /** A string too short or too long. */
    INVALID_LENGTH("invalid_length", Group.SCHEMA, Severity.ERROR,
            "A string too short or too long.",
            "A string too short or too long.",
            "minLength", "maxLength"),
    /** An array with too few or too many items. */
    INVALID_ITEM_COUNT("invalid_item_count", Group.SCHEMA, Severity.ERROR,
            "An array with too few or too many items.",
            "An array with too few or too many items.",
            "minItems", "maxItems"),
    /** An object with too few or too many members. */
    INVALID_PROPERTY_COUNT("invalid_property_count", Group.SCHEMA, Severity.ERROR,
            "An object with too few or too many members.",
            "An object with too few or too many members.",
            "minProperties", "maxProperties"),
    /** An array holds the same item twice. */
    DUPLICATE_ITEMS("duplicate_items", Group.SCHEMA, Severity.ERROR,
            "An array holds the same item twice.",
            "An id or name list holds the same item twice.",
            "uniqueItems"),
    /** A string not of the documented form. */
    INVALID_FORMAT("invalid_format", Group.SCHEMA, Severity.ERROR,
            "A string not of the documented form.",
            "A string not of the documented form (assistant id pattern, `date-time`, `uri`).",
            "pattern", "format"),
    /** A key not of the documented form. */
    INVALID_PROPERTY_NAME("invalid_property_name", Group.SCHEMA, Severity.ERROR,
            "A key not of the documented form.",
            "A key not of the documented form (a `logit_bias` key that is not a token id).",
            "propertyNames"),
    /** The schema code of every keyword no other schema code names: its {@link #keywords()} are empty. */
    SCHEMA_VIOLATION("schema_violation", Group.SCHEMA, Severity.ERROR,
            "A schema keyword without a dedicated code is not satisfied.",
            "A schema keyword without a dedicated code."),

    /** An access mode without the list of who may use the assistant. */
    MISSING_ACCESS_LIST("missing_access_list", Group.FREDDY_RULES, Severity.ERROR,
            "An access mode without the list of who may use the assistant.",
            "`access_mode` `department` without `access_departments`, or `restricted` without `access_users`."),
    /** An MCP tool without exactly one of server_url and connector_id. */
    MCP_SERVER_SOURCE("mcp_server_source", Group.FREDDY_RULES, Severity.ERROR,
            "An MCP tool without exactly one of server_url and connector_id.",
            "An MCP tool with neither or both of `server_url` and `connector_id`."),
    /** Two MCP tools with the same server_label. */
    DUPLICATE_SERVER_LABEL("duplicate_server_label", Group.FREDDY_RULES, Severity.ERROR,
            "Two MCP tools with the same server_label.",
            "Two MCP tools with the same `server_label`. The message quotes the label, shortened and escaped."),
    /** JSON schema output without any json_schemas. */
    MISSING_JSON_SCHEMAS("missing_json_schemas", Group.FREDDY_RULES, Severity.ERROR,
            "JSON schema output without any json_schemas.",
            "`output_mode` or `response_format` `json_schema` without any `json_schemas`."),
    /** A deleted assistant that is still active. */
    DELETED_BUT_ACTIVE("deleted_but_active", Group.FREDDY_RULES, Severity.ERROR,
            "A deleted assistant that is still active.",
            "`deleted_at` is set while `is_active` is true."),
    /** An icon type that needs icon_data without it. */
    MISSING_ICON_DATA("missing_icon_data", Group.FREDDY_RULES, Severity.WARNING,
            "An icon type that needs icon_data without it.",
            "`icon_type` `upload`, `emoji` or `icon` without `icon_data`."),
    /** The default model's provider is not an allowed provider. */
    MODEL_PROVIDER_NOT_ALLOWED("model_provider_not_allowed", Group.FREDDY_RULES, Severity.ERROR,
            "The default model's provider is not an allowed provider.",
            "With a catalogue that names each model's provider: `default_model_key` is a model whose provider"
                    + " `allowed_model_providers` does not include. The message quotes the model and its provider,"
                    + " shortened and escaped."),
    /** The pagination block of a list response contradicts the list. */
    PAGINATION_MISMATCH("pagination_mismatch", Group.FREDDY_RULES, Severity.ERROR,
            "The pagination block of a list response contradicts the list.",
            "A list response whose `pagination.total` differs from `total`, or whose page holds more assistants"
                    + " than `pagination.limit`."),

    /** A feature is on while the feature it needs is off. */
    PREREQUISITE_DISABLED("prerequisite_disabled", Group.COGSOL_RULES, Severity.WARNING,
            "A feature is on while the feature it needs is off.",
            "`matrix_mode_available` true without `faq_available` true, or an `attachment_config` entry whose"
                    + " `send_to_model` is true without `accepted` true: the CogSol client refuses such a payload"
                    + " before sending it. A warning, in strict mode too: what the server does with it is not"
                    + " documented. Located at the feature that is on; the message names the one it needs."),

    /** The RAG chunk overlap is not less than the chunk size. */
    CHUNK_OVERLAP_TOO_LARGE("chunk_overlap_too_large", Group.BURKI_RULES, Severity.ERROR,
            "The RAG chunk overlap is not less than the chunk size.",
            "`rag_settings.chunk_overlap` is not less than `chunk_size`; the message gives the chunk size."),
    /** An enabled call transfer without numbers to transfer to. */
    MISSING_TRANSFER_NUMBERS("missing_transfer_numbers", Group.BURKI_RULES, Severity.ERROR,
            "An enabled call transfer without numbers to transfer to.",
            "`tools_settings.transfer_call` is enabled without any `transfer_numbers`."),
    /** A transfer number not in E.164 form. */
    INVALID_PHONE_NUMBER("invalid_phone_number", Group.BURKI_RULES, Severity.ERROR,
            "A transfer number not in E.164 form.",
            "A transfer number of an enabled `transfer_call` is not in E.164 form (`+14155550123`)."),
    /** Enabled LLM fallbacks without any fallback. */
    MISSING_FALLBACKS("missing_fallbacks", Group.BURKI_RULES, Severity.ERROR,
            "Enabled LLM fallbacks without any fallback.",
            "`llm_fallback_providers` is enabled without any `fallbacks`."),
    /** An enabled fallback without a provider. */
    MISSING_FALLBACK_PROVIDER("missing_fallback_provider", Group.BURKI_RULES, Severity.ERROR,
            "An enabled fallback without a provider.",
            "An enabled fallback without a `provider`."),
    /** A custom LLM provider without a base URL. */
    MISSING_BASE_URL("missing_base_url", Group.BURKI_RULES, Severity.ERROR,
            "A custom LLM provider without a base URL.",
            "`llm_provider` `custom` (or a `custom` fallback) without a `base_url`."),
    /** The two provider fields name different providers. */
    CONFLICTING_PROVIDER("conflicting_provider", Group.BURKI_RULES, Severity.WARNING,
            "The two provider fields name different providers.",
            "`llm_settings.provider` (the second response shape) differs from `llm_provider`. A warning: the Burki"
                    + " server takes both, and fills `llm_provider` with `openai` when it is not given, so the provider"
                    + " meant may not be the one used; the message says when `llm_provider` is that filled default."
                    + " It quotes both values, shortened and escaped."),

    /** enabled_tools differs from the tools end_call and transfer_call enable. */
    ENABLED_TOOLS_MISMATCH("enabled_tools_mismatch", Group.BURKI_RULES, Severity.WARNING,
            "enabled_tools differs from the tools end_call and transfer_call enable.",
            "In a create or update body, `tools_settings.enabled_tools` differs from the tools that"
                    + " `end_call.enabled` and `transfer_call.enabled` turn on (`endCall`, `transferCall`). A warning:"
                    + " the Burki server recomputes the list from those flags and stores that; the payload is not"
                    + " rewritten. The message names the list the server stores."),

    /** Several Freddy assistants of one organization are its default. */
    DUPLICATE_DEFAULT("duplicate_default", Group.ACROSS_FILES, Severity.WARNING,
            "Several Freddy assistants of one organization are its default.",
            "More than one Freddy assistant of one `organization_id` sets `is_default: true` (seed 000: \"Only one"
                    + " assistant per organization can be the default\"); stored objects are compared with stored"
                    + " objects, create bodies with create bodies. Reported at `is_default` in each file, naming the"
                    + " others. A warning: the seeds do not say whether the server refuses a second default or"
                    + " moves the default to it."),
    /** Two Freddy assistants of one organization share a name. */
    DUPLICATE_NAME("duplicate_name", Group.ACROSS_FILES, Severity.WARNING,
            "Two Freddy assistants of one organization share a name.",
            "Freddy assistants of one `organization_id` (stored objects with stored objects, create bodies with"
                    + " create bodies) share a `name`, which seed 000 says is \"used for identification in lists"
                    + " and UI\". Reported at `name` in each file, naming the others. A warning: no source says the"
                    + " server refuses it."),
    /** Two stored assistants of one variant share an id. */
    DUPLICATE_ID("duplicate_id", Group.ACROSS_FILES, Severity.ERROR,
            "Two stored assistants of one variant share an id.",
            "Stored objects of one variant carry the same `id`, which every seed calls the assistant's unique"
                    + " identifier, so the files describe one assistant twice. Reported at `id` in each file,"
                    + " naming the others."),

    /** A request body is not declared as JSON. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", Group.GATEWAY, Severity.ERROR,
            "A request body is not declared as JSON.",
            "A request to a checked endpoint declares a content type that is not JSON: neither `application/json`"
                    + " nor a `+json` type, or a charset other than UTF-8. The request checker answers 415; a body"
                    + " without a content type is read as JSON. The message names the media type, not the body."),
    /** No route of the gateway's table has the request's path. */
    UNKNOWN_ROUTE("unknown_route", Group.GATEWAY, Severity.ERROR,
            "No route of the gateway's table has the request's path.",
            "A request checker told to own unknown routes answers 404 for a path that no route of its table"
                    + " matches. The message quotes neither the path nor the query, which may carry secrets."),
    /** The gateway's table has the request's path for other methods only. */
    METHOD_NOT_ALLOWED("method_not_allowed", Group.GATEWAY, Severity.ERROR,
            "The gateway's table has the request's path for other methods only.",
            "A request checker told to own unknown routes answers 405 for a path its table has for other"
                    + " methods only, and lists them (an `Allow` header). The message names the route's template"
                    + " and the methods."),

    /** More violations were found than the report lists. */
    TOO_MANY_VIOLATIONS("too_many_violations", Group.REPORT, Severity.ERROR,
            "More violations were found than the report lists.",
            "The last violation of a report that reached `Limits.maxViolations` (1,000 by default): the message"
                    + " says how many more were found and not listed, at least; the checker stops writing them,"
                    + " and stops looking for schema errors in further failing values, once it has the limit. An"
                    + " error when one of those not listed is, else a warning.");

    /** Where in the check a code arises; the sections of {@code docs/errors.md}, in order. */
    public enum Group {
        /** Section "Reading the input". */
        READING("Reading the input",
                "These end the check of their document: the result has this single violation and no canonical"
                        + " payload. `duplicate_key` is the exception: the document is checked with the last value."),
        /** Section "The checker itself". */
        CHECKER("The checker itself",
                "Ends the check like a reading problem: the result has this single violation and no canonical"
                        + " payload."),
        /** Section "Normalizing". */
        NORMALIZING("Normalizing", ""),
        /** Section "Schema". */
        SCHEMA("Schema",
                "Messages are written from the schema and name the allowed values or range; they never quote the"
                        + " value found."),
        /** Section "Freddy rules". */
        FREDDY_RULES("Freddy rules", ""),
        /** Section "CogSol rules". */
        COGSOL_RULES("CogSol rules", ""),
        /** Section "Burki rules". */
        BURKI_RULES("Burki rules", ""),
        /** Section "Across files". */
        ACROSS_FILES("Across files",
                "Found by `lint` over all the documents of one run, and reported in each file they name, located"
                        + " there."),
        /** Section "The gateway". */
        GATEWAY("The gateway",
                "Found by the request checker of `assistconf-gateway` in an HTTP request to a checked endpoint,"
                        + " before its body is read; the response is the variant's own error document."),
        /** Section "The report". */
        REPORT("The report", "");

        private final String title;
        private final String description;

        Group(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /** {@return the section heading, e.g. {@code Reading the input}} */
        public String title() {
            return title;
        }

        /** {@return what the codes of this group have in common, or {@code ""}} */
        public String description() {
            return description;
        }

        /** {@return the codes of this group, in catalogue order} */
        public List<Code> codes() {
            return Arrays.stream(Code.values()).filter(code -> code.group == this).toList();
        }
    }

    private static final Map<String, Code> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Code::id, Function.identity()));

    private final String id;
    private final Group group;
    private final Severity defaultSeverity;
    private final String summary;
    private final String help;
    private final List<String> keywords;

    Code(String id, Group group, Severity defaultSeverity, String summary, String help, String... keywords) {
        this.id = id;
        this.group = group;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
        this.help = help;
        this.keywords = List.of(keywords);
    }

    /** {@return the stable snake_case identifier that {@link Violation#code()} carries, e.g. {@code unknown_property}} */
    public String id() {
        return id;
    }

    /** {@return the group the code belongs to, the section of {@code docs/errors.md} that lists it} */
    public Group group() {
        return group;
    }

    /** {@return the severity a violation of this code has unless configured otherwise (strict mode)} */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** {@return one sentence saying what is wrong} */
    public String summary() {
        return summary;
    }

    /** {@return the longer explanation: when the code is given and what its message and location say (Markdown)} */
    public String help() {
        return help;
    }

    /**
     * {@return the JSON Schema keywords whose failure this schema code reports ({@code false} for a
     * {@code false} schema); empty for the codes of other groups and for {@link #SCHEMA_VIOLATION}, which
     * reports the rest}
     */
    public List<String> keywords() {
        return keywords;
    }

    /**
     * {@return the code with the given identifier, if there is one}
     *
     * @param id a code's identifier, e.g. {@code unknown_property}
     */
    public static Optional<Code> byId(String id) {
        return Optional.ofNullable(BY_ID.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * {@return a violation of this code at its default severity}
     *
     * @param pointer JSON Pointer into the canonical payload
     * @param path    the same location as the user wrote it
     * @param line    1-based line in the input text, or 0 when unknown
     * @param column  1-based column in the input text, or 0 when unknown
     * @param message what is wrong; never a secret value
     */
    public Violation violation(String pointer, String path, int line, int column, String message) {
        return new Violation(id, defaultSeverity, pointer, path, line, column, message);
    }

    /**
     * A violation of this code at its default severity, at a place the user wrote as the canonical payload
     * has it ({@code path} is {@code pointer}), without a text location.
     *
     * @param pointer JSON Pointer into the canonical payload, and as the user wrote it
     * @param message what is wrong; never a secret value
     * @return the violation
     */
    public Violation at(String pointer, String message) {
        return violation(pointer, pointer, 0, 0, message);
    }
}
