package io.assistconf.internal.rules;

import io.assistconf.Code;
import io.assistconf.ShownText;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The Freddy rules stated in the prose of the assistant object and list endpoint pages. In partial
 * documents (update bodies, list items with a reduced field set) a rule whose other field is absent is
 * skipped: the stored assistant may already hold it.
 */
public final class FreddyRules implements Rules {

    private static final Set<String> ICON_TYPES_WITH_DATA = Set.of("upload", "emoji", "icon");

    @Override
    public void document(JsonNode assistant, RuleContext context) {
        assistant(assistant, "", context);
        modelProvider(assistant, context);
    }

    private static void assistant(JsonNode assistant, String base, RuleContext context) {
        if (!assistant.isObject()) {
            return;
        }
        accessList(assistant, base, "department", "access_departments", "department", context);
        accessList(assistant, base, "restricted", "access_users", "user id", context);
        jsonSchemas(assistant, base, context);
        mcpTools(assistant.path("tool_configurations").get("mcp_tools"), base + "/tool_configurations/mcp_tools",
                context);
        JsonNode deletedAt = assistant.get("deleted_at");
        JsonNode active = assistant.get("is_active");
        if (deletedAt != null && !deletedAt.isNull() && active != null && active.isBoolean() && active.booleanValue()) {
            context.report(Code.DELETED_BUT_ACTIVE, base + "/is_active",
                    "a deleted assistant (deleted_at is set) must have is_active false");
        }
        String iconType = Rules.text(assistant, "icon_type");
        JsonNode iconData = assistant.get("icon_data");
        boolean noData = iconData == null || (iconData.isString() && iconData.asString().isEmpty());
        if (iconType != null && ICON_TYPES_WITH_DATA.contains(iconType) && noData
                && !(context.partial() && iconData == null)) {
            context.report(Code.MISSING_ICON_DATA, base + "/icon_data",
                    "icon_type '" + iconType + "' needs icon_data (base64 image, emoji or icon identifier)");
        }
    }

    /**
     * With a catalogue that names each model's provider, the default model's provider must be allowed; a model
     * the server's default filled in is not the user's choice, so it is not judged (decisions S13).
     */
    private static void modelProvider(JsonNode assistant, RuleContext context) {
        String model = Rules.text(assistant, "default_model_key");
        JsonNode allowed = assistant.get("allowed_model_providers");
        if (model == null || allowed == null || !allowed.isArray() || context.filled("/default_model_key")) {
            return;
        }
        context.catalogue().ownerOf("model", model).ifPresent(provider -> {
            for (JsonNode entry : allowed) {
                if (provider.equals(entry.asString(null))) {
                    return;
                }
            }
            context.report(Code.MODEL_PROVIDER_NOT_ALLOWED, "/default_model_key", "model '" + ShownText.quote(model)
                    + "' is from provider '" + ShownText.quote(provider) + "', which allowed_model_providers does not include");
        });
    }

    private static void accessList(JsonNode assistant, String base, String mode, String list, String entry,
            RuleContext context) {
        if (!mode.equals(Rules.text(assistant, "access_mode"))) {
            return;
        }
        JsonNode members = assistant.get(list);
        if ((members == null && context.partial()) || Rules.hasItems(members)) {
            return;
        }
        context.report(Code.MISSING_ACCESS_LIST, base + "/" + list,
                "access_mode '" + mode + "' needs at least one " + entry + " in " + list);
    }

    private static void jsonSchemas(JsonNode assistant, String base, RuleContext context) {
        String needing = "json_schema".equals(Rules.text(assistant, "output_mode")) ? "output_mode"
                : "json_schema".equals(Rules.text(assistant, "response_format")) ? "response_format" : null;
        JsonNode schemas = assistant.get("json_schemas");
        if (needing == null || (schemas == null && context.partial()) || Rules.hasItems(schemas)) {
            return;
        }
        context.report(Code.MISSING_JSON_SCHEMAS, base + "/json_schemas",
                needing + " 'json_schema' needs at least one schema in json_schemas");
    }

    private static void mcpTools(JsonNode tools, String base, RuleContext context) {
        if (tools == null || !tools.isArray()) {
            return;
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            if (!tool.isObject()) {
                continue;
            }
            boolean url = present(tool.get("server_url"));
            boolean connector = present(tool.get("connector_id"));
            if (url == connector) {
                context.report(Code.MCP_SERVER_SOURCE, base + "/" + i, url
                        ? "give either server_url or connector_id, not both"
                        : "an MCP tool needs server_url or connector_id");
            }
            String label = Rules.text(tool, "server_label");
            if (label != null && !labels.add(label)) {
                context.report(Code.DUPLICATE_SERVER_LABEL, base + "/" + i + "/server_label",
                        "server_label '" + ShownText.quote(label) + "' is used by an earlier MCP tool; labels name servers and must be unique");
            }
        }
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull();
    }

    /** The items of a list response carry a reduced field set, so they are partial. */
    @Override
    public void listResponse(JsonNode response, RuleContext context) {
        JsonNode assistants = response.get("assistants");
        if (assistants != null && assistants.isArray()) {
            for (int i = 0; i < assistants.size(); i++) {
                assistant(assistants.get(i), "/assistants/" + i, context.asPartial());
            }
        }
        JsonNode total = response.get("total");
        JsonNode pagination = response.get("pagination");
        if (pagination == null || !pagination.isObject()) {
            return;
        }
        JsonNode pageTotal = pagination.get("total");
        if (total != null && total.isIntegralNumber() && pageTotal != null && pageTotal.isIntegralNumber()
                && !total.bigIntegerValue().equals(pageTotal.bigIntegerValue())) {
            context.report(Code.PAGINATION_MISMATCH, "/pagination/total",
                    "pagination.total must equal total (" + total + ")");
        }
        JsonNode limit = pagination.get("limit");
        if (assistants != null && assistants.isArray() && limit != null && limit.isIntegralNumber()
                && limit.bigIntegerValue().compareTo(BigInteger.valueOf(assistants.size())) < 0) {
            context.report(Code.PAGINATION_MISMATCH, "/assistants",
                    "the page holds " + assistants.size() + " assistants, more than pagination.limit (" + limit + ")");
        }
    }
}
