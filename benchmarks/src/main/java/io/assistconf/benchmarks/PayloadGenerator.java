package io.assistconf.benchmarks;

import io.assistconf.testkit.Spellings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the benchmark payloads into the test kit's {@code payloads/}: for each variant (Freddy, Burki)
 * a small (~300 B), a typical (~3 KB) and a large (~100 KB) assistant object, each valid and invalid, in
 * canonical snake_case and respelled in camelCase. Payloads are compact JSON, as a gateway receives them.
 * Run once after changing it:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.assistconf.benchmarks.PayloadGenerator test-kit/src/main/resources/payloads}</pre>
 *
 * {@code PayloadsTest} checks that every file is valid or invalid as named.
 */
public final class PayloadGenerator {

    static final String[] VARIANTS = {"freddy", "burki"};
    static final String[] SIZES = {"small", "typical", "large"};
    static final String[] VALIDITIES = {"valid", "invalid"};

    /** Members whose values are free-form maps: their keys are data, never respelled. */
    private static final Set<String> FREE_FORM = Set.of("metadata", "schema_object", "headers", "logit_bias",
            "text_config", "custom_settings", "custom_config", "provider_config", "custom_tools");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PayloadGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "test-kit/src/main/resources/payloads");
        Files.createDirectories(directory);
        for (String variant : VARIANTS) {
            for (String size : SIZES) {
                for (String validity : VALIDITIES) {
                    ObjectNode payload = variant.equals("freddy") ? freddy(size) : burki(size);
                    if (validity.equals("invalid")) {
                        if (variant.equals("freddy")) {
                            breakFreddy(payload, size);
                        } else {
                            breakBurki(payload, size);
                        }
                    }
                    write(directory.resolve(fileName(variant, size, validity, false)), payload);
                    write(directory.resolve(fileName(variant, size, validity, true)), camel(payload, false));
                }
            }
        }
    }

    /** {@code freddy-typical-valid.json}, or {@code freddy-typical-valid.camel.json}. */
    public static String fileName(String variant, String size, String validity, boolean camel) {
        return variant + "-" + size + "-" + validity + (camel ? ".camel" : "") + ".json";
    }

    private static void write(Path file, JsonNode payload) throws IOException {
        Files.write(file, MAPPER.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    // ---------------------------------------------------------------- Freddy

    private static ObjectNode freddy(String size) {
        ObjectNode a = NODES.objectNode();
        a.put("id", "asst_support_001");
        a.put("organization_id", "org_xyz789");
        a.put("created_by", "user_abc123");
        a.put("created_at", 1728057600);
        a.put("updated_at", 1728057700);
        a.put("name", "Support");
        a.put("default_model_key", "gpt-4o");
        a.put("instructions", "Be helpful.");
        ObjectNode tools = a.putObject("tool_configurations");
        a.put("context_strategy", "auto");
        a.put("max_tool_calls", 10);
        a.put("parallel_tool_calls", true);
        a.put("service_tier", "default");
        a.put("store_responses", true);
        a.put("temperature", new java.math.BigDecimal("0.7"));
        a.put("top_logprobs", 0);
        a.put("top_p", new java.math.BigDecimal("1.0"));
        a.put("access_mode", "organization");
        a.put("api_enabled", true);
        a.put("is_active", true);
        if (size.equals("small")) {
            return a;
        }
        int scale = size.equals("large") ? 1 : 0;
        a.put("name", "Customer Support Assistant");
        a.put("deleted_at", (String) null);
        a.put("avatar_id", "avt_support_green");
        a.put("icon_type", "emoji");
        a.put("icon_data", "\uD83D\uDCAC");
        array(a, "allowed_model_providers", "openai", "anthropic");
        a.put("instructions", repeat("You are a helpful customer support assistant. Always be polite, empathetic, and "
                + "solution-oriented. Prioritize customer satisfaction and provide clear, actionable guidance. ",
                scale == 1 ? 150 : 2));
        ObjectNode system = tools.putObject("system_tools");
        system.putObject("web_search").put("mode", "auto").put("sources", true);
        system.putObject("file_search").put("mode", "on").put("results", true);
        system.putObject("code_interpreter").put("mode", "off");
        ArrayNode mcp = tools.putArray("mcp_tools");
        int mcpCount = scale == 1 ? 175 : 2;
        for (int i = 0; i < mcpCount; i++) {
            ObjectNode tool = mcp.addObject();
            tool.put("server_label", "server_" + i);
            tool.put("type", "mcp");
            if (i % 2 == 0) {
                tool.put("server_url", "https://mcp.example.com/servers/" + i + "/sse");
                tool.putObject("headers").put("X-Tenant", "tenant-" + i).put("X-Trace", "on");
            } else {
                tool.put("connector_id", "connector_" + i);
            }
            ArrayNode allowed = tool.putArray("allowed_tools");
            for (int t = 0; t < (scale == 1 ? 6 : 3); t++) {
                allowed.add("tool_" + t);
            }
            ObjectNode approval = tool.putObject("require_approval");
            approval.putObject("never").put("read_only", true);
            approval.putObject("always").putArray("tool_names").add("delete_item");
            tool.put("server_description", "Integration number " + i + " for ticket and knowledge base access");
        }
        array(tools, "streamline_tools", "automation_abc123", "automation_def456");
        a.put("system_message", "Always greet the customer by name.");
        a.putObject("reasoning").put("effort", "medium").put("summary", "auto");
        a.put("frequency_penalty", new java.math.BigDecimal("0.0"));
        a.put("presence_penalty", new java.math.BigDecimal("0.0"));
        a.putObject("logit_bias").put("50256", -100).put("1234", 5);
        ArrayNode schemas = a.putArray("json_schemas");
        for (int i = 0; i < (scale == 1 ? 10 : 1); i++) {
            ObjectNode schema = schemas.addObject().put("id", "schema_" + i).put("name", "ticket_" + i)
                    .put("description", "A support ticket summary");
            ObjectNode object = schema.putObject("schema_object").put("type", "object");
            object.putObject("properties").putObject("summary").put("type", "string");
            object.putArray("required").add("summary");
        }
        a.put("output_mode", "text");
        a.put("response_format", "auto");
        a.put("seed", 42);
        array(a, "stop_sequences", "END", "STOP");
        a.put("max_completion_tokens", 4096);
        a.putArray("access_departments");
        a.putArray("access_users");
        array(a, "editable_by_users", "user_abc123");
        a.putArray("visible_in_chat_to_users");
        array(a, "editable_by_roles", "admin", "manager");
        array(a, "visible_to_roles", "member", "admin");
        ArrayNode stores = a.putArray("vector_store_ids");
        for (int i = 0; i < (scale == 1 ? 50 : 2); i++) {
            stores.add("vs_" + (100000 + i));
        }
        a.put("public_enabled", false);
        a.put("streaming", true);
        a.put("memory_enabled", true);
        a.put("moderation_enabled", true);
        a.put("safety_level", "medium");
        ArrayNode prompts = a.putArray("preset_prompts");
        for (int i = 0; i < (scale == 1 ? 40 : 2); i++) {
            prompts.add("How do I reset my password? (" + i + ")");
        }
        a.putObject("tool_capabilities").put("web_search", true).put("file_search", true)
                .put("code_interpreter", false);
        ObjectNode metadata = a.putObject("metadata");
        metadata.put("department", "customer_success").put("version", "2.1");
        for (int i = 0; i < (scale == 1 ? 400 : 0); i++) {
            metadata.set("label_" + i, i % 3 == 0 ? NODES.stringNode("value " + i) : NODES.numberNode(i));
        }
        a.putNull("text_config");
        array(a, "rule_ids", "rule_professional_tone", "rule_safety_guidelines");
        a.put("description", "Answers customer questions");
        return a;
    }

    /** Three schema errors: a range, an enum and (beyond small) a format. */
    private static void breakFreddy(ObjectNode a, String size) {
        a.put("temperature", new java.math.BigDecimal("2.5"));
        a.put("service_tier", "turbo");
        if (!size.equals("small")) {
            ((ObjectNode) a.get("tool_configurations").get("mcp_tools").get(0)).put("server_url", "not a uri");
        } else {
            a.put("max_tool_calls", -1);
        }
    }

    // ---------------------------------------------------------------- Burki

    private static ObjectNode burki(String size) {
        ObjectNode a = NODES.objectNode();
        a.put("id", 123);
        a.put("organization_id", "org_67890");
        a.put("user_id", "user_12345");
        a.put("name", "Customer Service Bot");
        a.put("llm_provider", "openai");
        a.put("is_active", true);
        a.put("created_at", "2023-11-07T05:31:56Z");
        a.put("updated_at", "2023-11-07T05:31:56Z");
        a.putObject("llm_settings").put("temperature", new java.math.BigDecimal("0.5")).put("max_tokens", 1000);
        if (size.equals("small")) {
            return a;
        }
        boolean large = size.equals("large");
        a.put("description", "Handles inbound customer queries and provides support.");
        a.putObject("llm_provider_config").put("api_key", "sk-test-0000").put("base_url", (String) null)
                .put("model", "gpt-4o-mini").putObject("custom_config").put("region", "eu");
        a.putObject("twilio_config").put("account_sid", "AC0000").put("auth_token", "token-0000");
        ObjectNode llm = (ObjectNode) a.get("llm_settings");
        llm.put("system_prompt", repeat("You are a friendly voice assistant for Acme Inc. Keep answers short, confirm "
                + "what the caller asked, and offer to transfer to a human when you cannot help. ", large ? 200 : 3));
        llm.put("welcome_message", "Hello! How can I help you today?");
        llm.put("top_p", 1).put("frequency_penalty", 0).put("presence_penalty", 0);
        array(llm, "stop_sequences", "Goodbye.");
        a.put("webhook_url", "https://example.com/webhooks/burki");
        a.putObject("interruption_settings").put("interruption_threshold", 3)
                .put("min_speaking_time", new java.math.BigDecimal("0.5")).put("interruption_cooldown", 2);
        a.putObject("tts_settings").put("provider", "elevenlabs").put("voice_id", "rachel").put("latency", 1)
                .put("stability", new java.math.BigDecimal("0.5")).put("similarity_boost", new java.math.BigDecimal("0.75"))
                .put("style", 0).put("use_speaker_boost", true).putObject("provider_config").put("optimize", true);
        ObjectNode stt = a.putObject("stt_settings").put("model", "nova-2").put("language", "en-US")
                .put("punctuate", true).put("interim_results", true);
        stt.putObject("endpointing").put("silence_threshold", 500).put("min_silence_duration", 500);
        stt.put("utterance_end_ms", 1000).put("vad_turnoff", 500).put("smart_format", true);
        ArrayNode keywords = stt.putArray("keywords");
        for (int i = 0; i < (large ? 300 : 3); i++) {
            keywords.addObject().put("keyword", "product" + i).put("intensifier", 2);
        }
        ArrayNode keyterms = stt.putArray("keyterms");
        for (int i = 0; i < (large ? 200 : 2); i++) {
            keyterms.add("Acme term " + i);
        }
        a.put("end_call_message", "Thank you for calling. Goodbye!");
        a.put("transfer_call_message", "Please hold while I transfer you.");
        a.put("idle_message", "Are you still there?");
        a.put("max_idle_messages", 3);
        a.put("idle_timeout", 30);
        ObjectNode toolsSettings = a.putObject("tools_settings");
        array(toolsSettings, "enabled_tools", "end_call", "transfer_call");
        ObjectNode endCall = toolsSettings.putObject("end_call").put("enabled", true);
        array(endCall, "scenarios", "The user says goodbye.");
        ObjectNode transfer = toolsSettings.putObject("transfer_call").put("enabled", true);
        array(transfer, "scenarios", "The user asks for a human.");
        ArrayNode numbers = transfer.putArray("transfer_numbers");
        for (int i = 0; i < (large ? 100 : 2); i++) {
            numbers.add("+1415555" + String.format("%04d", i));
        }
        ArrayNode custom = toolsSettings.putArray("custom_tools");
        for (int i = 0; i < (large ? 220 : 1); i++) {
            ObjectNode tool = custom.addObject().put("name", "lookup_order_" + i)
                    .put("description", "Looks up an order by its number");
            ObjectNode parameters = tool.putObject("parameters").put("type", "object");
            parameters.putObject("properties").putObject("order_number").put("type", "string");
        }
        a.putObject("rag_settings").put("enabled", true).put("search_limit", 3)
                .put("similarity_threshold", new java.math.BigDecimal("0.7")).put("embedding_model", "text-embedding-3-small")
                .put("chunking_strategy", "recursive").put("chunk_size", 1000).put("chunk_overlap", 200)
                .put("auto_process", true).put("include_metadata", true).put("context_window_tokens", 4000);
        ObjectNode fallbacks = a.putObject("llm_fallback_providers").put("enabled", true);
        ArrayNode list = fallbacks.putArray("fallbacks");
        for (int i = 0; i < (large ? 20 : 1); i++) {
            list.addObject().put("provider", "anthropic").put("api_key", "sk-ant-" + i).put("model", "claude-3-haiku");
        }
        ObjectNode settings = a.putObject("custom_settings").put("team", "support");
        for (int i = 0; i < (large ? 400 : 0); i++) {
            settings.put("setting_" + i, "value " + i);
        }
        return a;
    }

    /** Three schema errors: two ranges and a type. */
    private static void breakBurki(ObjectNode a, String size) {
        ((ObjectNode) a.get("llm_settings")).put("temperature", 3);
        if (size.equals("small")) {
            a.put("is_active", "yes");
            a.put("name", "");
            return;
        }
        ((ObjectNode) a.get("rag_settings")).put("similarity_threshold", new java.math.BigDecimal("1.5"));
        ((ObjectNode) a.get("stt_settings")).put("utterance_end_ms", "soon");
    }

    // ---------------------------------------------------------------- helpers

    private static void array(ObjectNode parent, String name, String... values) {
        ArrayNode array = parent.putArray(name);
        for (String value : values) {
            array.add(value);
        }
    }

    private static String repeat(String text, int times) {
        return text.repeat(times).trim();
    }

    /** A copy with every key camelCased, except inside free-form maps. */
    static JsonNode camel(JsonNode node, boolean freeForm) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                String key = member.getKey();
                out.set(freeForm ? key : Spellings.camel(key),
                        camel(member.getValue(), freeForm || FREE_FORM.contains(key)));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : array) {
                out.add(camel(element, freeForm));
            }
            return out;
        }
        return node;
    }
}
