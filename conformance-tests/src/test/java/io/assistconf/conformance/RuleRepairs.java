package io.assistconf.conformance;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a schema-valid generated payload meet the cross-field rules the documentation states in prose
 * (docs/errors.md "Freddy rules", "CogSol rules" and "Burki rules"), which no schema expresses: each repair
 * adds what the rule needs, or takes away what triggers it. Defaults are taken into account: a value the normalizer will
 * fill (Burki's chunk size 1000 and overlap 200) is made explicit when the other field was generated.
 */
final class RuleRepairs {

    private RuleRepairs() {
    }

    static JsonNode repair(Variant variant, Kind kind, JsonNode payload) {
        JsonNode copy = payload.deepCopy();
        switch (variant) {
            case FREDDY -> {
                if (kind == Kind.LIST_RESPONSE) {
                    freddyListResponse(copy);
                } else if (kind == Kind.OBJECT || kind == Kind.CREATE || kind == Kind.UPDATE) {
                    freddyAssistant(copy);
                }
            }
            case BURKI -> {
                if (kind == Kind.LIST_RESPONSE) {
                    copy.values().forEach(RuleRepairs::burkiAssistant);
                } else if (kind == Kind.OBJECT || kind == Kind.CREATE || kind == Kind.UPDATE) {
                    burkiAssistant(copy);
                    if (kind.fillsDefaults()) {
                        burkiFilledProvider(copy);
                    }
                    if (kind == Kind.CREATE || kind == Kind.UPDATE) {
                        burkiEnabledTools(copy);
                    }
                }
            }
            case COGSOL -> {
                if (kind == Kind.OBJECT || kind == Kind.CREATE || kind == Kind.UPDATE) {
                    cogsolAssistant(copy);
                }
            }
        }
        return copy;
    }

    private static void cogsolAssistant(JsonNode node) {
        if (!(node instanceof ObjectNode assistant)) {
            return;
        }
        // prerequisite_disabled: matrix mode needs the FAQ, an attachment type sent to the model is accepted
        if (assistant.path("matrix_mode_available").asBoolean(false)) {
            assistant.put("faq_available", true);
        }
        for (JsonNode type : assistant.path("attachment_config")) {
            if (type instanceof ObjectNode entry && entry.path("send_to_model").asBoolean(false)) {
                entry.put("accepted", true);
            }
        }
    }

    private static void freddyAssistant(JsonNode node) {
        if (!(node instanceof ObjectNode assistant)) {
            return;
        }
        // missing_access_list: department needs departments, restricted needs users
        if ("department".equals(assistant.path("access_mode").asString(null))) {
            nonEmpty(assistant, "access_departments", "dept_engineering");
        }
        if ("restricted".equals(assistant.path("access_mode").asString(null))) {
            nonEmpty(assistant, "access_users", "uid_123");
        }
        // missing_json_schemas: json_schema output needs a schema
        if ("json_schema".equals(assistant.path("output_mode").asString(null))
                || "json_schema".equals(assistant.path("response_format").asString(null))) {
            if (!assistant.path("json_schemas").isArray() || assistant.path("json_schemas").isEmpty()) {
                ObjectNode schema = assistant.putArray("json_schemas").addObject();
                schema.put("name", "answer");
                schema.putObject("schema_object").put("type", "object");
            }
        }
        // mcp_server_source and duplicate_server_label
        JsonNode tools = assistant.path("tool_configurations").path("mcp_tools");
        if (tools.isArray()) {
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < tools.size(); i++) {
                if (!(tools.get(i) instanceof ObjectNode tool)) {
                    continue;
                }
                boolean url = tool.has("server_url");
                boolean connector = tool.has("connector_id");
                if (url && connector) {
                    tool.remove("connector_id");
                } else if (!url && !connector) {
                    tool.put("connector_id", "connector_dropbox");
                }
                String label = tool.path("server_label").asString("");
                while (!labels.add(label)) {
                    label = label + " " + i;
                }
                tool.put("server_label", label);
            }
        }
        // deleted_but_active: a deleted assistant is inactive
        JsonNode deleted = assistant.get("deleted_at");
        if (deleted != null && !deleted.isNull() && assistant.has("is_active")) {
            assistant.put("is_active", false);
        }
        // missing_icon_data (a warning): upload, emoji and icon want icon data
        String icon = assistant.path("icon_type").asString(null);
        if (icon != null && !icon.equals("default") && assistant.path("icon_data").asString("").isEmpty()) {
            assistant.put("icon_data", "🤖");
        }
    }

    private static void freddyListResponse(JsonNode node) {
        if (!(node instanceof ObjectNode response)) {
            return;
        }
        response.path("assistants").values().forEach(RuleRepairs::freddyAssistant);
        // pagination_mismatch: totals agree and the page fits its limit
        if (response.path("pagination") instanceof ObjectNode pagination) {
            if (response.path("total").isIntegralNumber() && pagination.has("total")) {
                pagination.set("total", response.get("total").deepCopy());
            }
            int items = response.path("assistants").size();
            if (pagination.path("limit").isIntegralNumber() && pagination.get("limit").longValue() < items) {
                pagination.put("limit", items);
            }
        }
    }

    private static void burkiAssistant(JsonNode node) {
        if (!(node instanceof ObjectNode assistant)) {
            return;
        }
        // chunk_overlap_too_large: overlap below size, with the defaults 1000 and 200 where one is absent
        if (assistant.path("rag_settings") instanceof ObjectNode rag && (rag.has("chunk_size") || rag.has("chunk_overlap"))) {
            long size = rag.path("chunk_size").asLong(1000);
            long overlap = rag.path("chunk_overlap").asLong(200);
            if (overlap >= size) {
                rag.put("chunk_size", size);
                rag.put("chunk_overlap", size - 1);
            }
        }
        // missing_transfer_numbers and invalid_phone_number: an enabled transfer has E.164 numbers
        JsonNode transfer = assistant.path("tools_settings").path("transfer_call");
        if (transfer instanceof ObjectNode call && call.path("enabled").asBoolean(false)) {
            ArrayNode numbers = call.putArray("transfer_numbers");
            numbers.add("+14155550123");
            numbers.add("+442071838750");
        }
        // missing_fallbacks, missing_fallback_provider, missing_base_url (fallbacks)
        if (assistant.path("llm_fallback_providers") instanceof ObjectNode fallbacks
                && fallbacks.path("enabled").asBoolean(false)) {
            if (!fallbacks.path("fallbacks").isArray() || fallbacks.path("fallbacks").isEmpty()) {
                fallbacks.putArray("fallbacks").addObject().put("provider", "anthropic");
            }
            for (JsonNode entry : fallbacks.path("fallbacks").values()) {
                if (entry instanceof ObjectNode fallback) {
                    if (fallback.path("provider").asString("").isBlank()) {
                        fallback.put("provider", "openai");
                    }
                    if (fallback.path("provider").asString().equals("custom")
                            && fallback.path("base_url").asString("").isBlank()) {
                        fallback.put("base_url", "https://llm.example.com/v1");
                    }
                }
            }
        }
        // missing_base_url: a custom provider has a base URL
        if ("custom".equals(assistant.path("llm_provider").asString(null))) {
            ObjectNode config = assistant.path("llm_provider_config") instanceof ObjectNode existing ? existing
                    : assistant.putObject("llm_provider_config");
            if (config.path("base_url").asString("").isBlank()) {
                config.put("base_url", "https://llm.example.com/v1");
            }
        }
        // conflicting_provider: the two shapes name one provider
        String provider = assistant.path("llm_provider").asString(null);
        if (provider != null && assistant.path("llm_settings") instanceof ObjectNode settings
                && settings.path("provider").isString()) {
            settings.put("provider", provider);
        }
    }

    /**
     * conflicting_provider with a filled llm_provider: where llm_provider is absent the normalizer fills the server's default
     * openai, so a generated llm_settings.provider is made openai too.
     */
    private static void burkiFilledProvider(JsonNode node) {
        if (node instanceof ObjectNode assistant && !assistant.has("llm_provider")
                && assistant.path("llm_settings") instanceof ObjectNode settings && settings.path("provider").isString()) {
            settings.put("provider", "openai");
        }
    }

    /**
     * enabled_tools_mismatch (a warning, request bodies): a given enabled_tools lists what the two flags enable,
     * an absent flag being false.
     */
    private static void burkiEnabledTools(JsonNode node) {
        if (node.path("tools_settings") instanceof ObjectNode tools && tools.path("enabled_tools").isArray()) {
            ArrayNode enabled = tools.putArray("enabled_tools");
            if (tools.path("end_call").path("enabled").asBoolean(false)) {
                enabled.add("endCall");
            }
            if (tools.path("transfer_call").path("enabled").asBoolean(false)) {
                enabled.add("transferCall");
            }
        }
    }

    private static void nonEmpty(ObjectNode object, String name, String value) {
        if (!object.path(name).isArray() || object.path(name).isEmpty()) {
            object.putArray(name).add(value);
        }
    }
}
