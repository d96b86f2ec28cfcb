package io.assistconf.internal.rules;

import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.ShownText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The Burki rules: RAG chunks overlap less than their size, an enabled call transfer has E.164 numbers to
 * transfer to, enabled LLM fallbacks name their providers, a custom LLM provider has a base URL, the two
 * shapes' provider fields agree (a filled default is told from a given value), and a request's enabled
 * tools are those its flags enable. In partial documents
 * (update bodies) a rule whose other field is absent is skipped.
 */
public final class BurkiRules implements Rules {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    @Override
    public void document(JsonNode assistant, RuleContext context) {
        assistant(assistant, "", context);
    }

    /** The list response is an array of whole assistants. */
    @Override
    public void listResponse(JsonNode response, RuleContext context) {
        for (int i = 0; i < response.size(); i++) {
            assistant(response.get(i), "/" + i, context);
        }
    }

    private static void assistant(JsonNode assistant, String base, RuleContext context) {
        if (!assistant.isObject()) {
            return;
        }
        chunks(assistant.path("rag_settings"), base + "/rag_settings", context);
        transfer(assistant.path("tools_settings").path("transfer_call"), base + "/tools_settings/transfer_call",
                context);
        if (context.kind() == Kind.CREATE || context.kind() == Kind.UPDATE) {
            enabledTools(assistant.path("tools_settings"), base + "/tools_settings", context);
        }
        fallbacks(assistant.path("llm_fallback_providers"), base + "/llm_fallback_providers", context);
        String provider = Rules.text(assistant, "llm_provider");
        JsonNode config = assistant.get("llm_provider_config");
        if ("custom".equals(provider) && !(context.partial() && config == null)
                && !hasText(config == null ? null : config.get("base_url"))
                && !hasText(assistant.get("custom_llm_url"))) { // the Burki server's legacy key (decisions S5)
            context.report(Code.MISSING_BASE_URL, base + "/llm_provider_config/base_url",
                    "llm_provider 'custom' needs llm_provider_config.base_url");
        }
        providers(provider, Rules.text(assistant.path("llm_settings"), "provider"), base, context);
    }

    /**
     * The two shapes' provider fields name one provider; when they differ the server still takes the body, so
     * it is a warning, worded for a filled llm_provider: the server's default, not the user's choice (S4).
     */
    private static void providers(String provider, String settingsProvider, String base, RuleContext context) {
        if (provider == null || settingsProvider == null || provider.equals(settingsProvider)) {
            return;
        }
        String message = context.filled(base + "/llm_provider")
                ? "llm_provider is not given and takes the Burki server's default '" + ShownText.quote(provider)
                        + "', while llm_settings.provider is '" + ShownText.quote(settingsProvider)
                        + "'; give llm_provider if that provider is meant"
                : "llm_settings.provider '" + ShownText.quote(settingsProvider) + "' differs from llm_provider '"
                        + ShownText.quote(provider) + "'; they name the same thing";
        context.report(Code.CONFLICTING_PROVIDER, base + "/llm_settings/provider", message);
    }

    /**
     * The server recomputes enabled_tools from the two flags of a request body (decisions S16): a list given
     * that differs is not what it stores. A flag absent is false, as the server reads it.
     */
    private static void enabledTools(JsonNode tools, String base, RuleContext context) {
        JsonNode given = tools.get("enabled_tools");
        if (given == null || !given.isArray()) {
            return;
        }
        List<String> stored = new ArrayList<>(); // as JSON text, as the list's items are compared
        if (enabled(tools.path("end_call"))) {
            stored.add("\"endCall\"");
        }
        if (enabled(tools.path("transfer_call"))) {
            stored.add("\"transferCall\"");
        }
        Set<String> listed = new HashSet<>();
        given.forEach(item -> listed.add(item.toString()));
        if (!listed.equals(new HashSet<>(stored))) {
            context.report(Code.ENABLED_TOOLS_MISMATCH, base + "/enabled_tools", "the Burki server recomputes enabled_tools"
                    + " from end_call.enabled and transfer_call.enabled and stores " + stored + " instead");
        }
    }

    private static void chunks(JsonNode rag, String base, RuleContext context) {
        JsonNode size = rag.get("chunk_size");
        JsonNode overlap = rag.get("chunk_overlap");
        if (size != null && overlap != null && size.isNumber() && overlap.isNumber()
                && overlap.decimalValue().compareTo(size.decimalValue()) >= 0) {
            context.report(Code.CHUNK_OVERLAP_TOO_LARGE, base + "/chunk_overlap",
                    "chunk_overlap must be less than chunk_size (" + size + ")");
        }
    }

    private static void transfer(JsonNode transfer, String base, RuleContext context) {
        if (!enabled(transfer)) {
            return;
        }
        JsonNode numbers = transfer.get("transfer_numbers");
        if (!Rules.hasItems(numbers)) {
            context.report(Code.MISSING_TRANSFER_NUMBERS, base + "/transfer_numbers",
                    "an enabled transfer_call needs at least one number in transfer_numbers");
            return;
        }
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode number = numbers.get(i);
            if (number.isString() && !E164.matcher(number.asString()).matches()) {
                context.report(Code.INVALID_PHONE_NUMBER, base + "/transfer_numbers/" + i,
                        "must be a phone number in E.164 form, e.g. +14155550123");
            }
        }
    }

    private static void fallbacks(JsonNode fallbacks, String base, RuleContext context) {
        if (!enabled(fallbacks)) {
            return;
        }
        JsonNode list = fallbacks.get("fallbacks");
        if (!Rules.hasItems(list)) {
            context.report(Code.MISSING_FALLBACKS, base + "/fallbacks",
                    "enabled llm_fallback_providers need at least one entry in fallbacks");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode fallback = list.get(i);
            String pointer = base + "/fallbacks/" + i;
            String provider = Rules.text(fallback, "provider");
            if (provider == null || provider.isBlank()) {
                context.report(Code.MISSING_FALLBACK_PROVIDER, pointer + "/provider",
                        "each fallback needs a provider");
            } else if (provider.equals("custom") && !hasText(fallback.get("base_url"))) {
                context.report(Code.MISSING_BASE_URL, pointer + "/base_url",
                        "a fallback with provider 'custom' needs base_url");
            }
        }
    }

    private static boolean enabled(JsonNode settings) {
        JsonNode enabled = settings.get("enabled");
        return enabled != null && enabled.isBoolean() && enabled.booleanValue();
    }

    private static boolean hasText(JsonNode value) {
        return value != null && value.isString() && !value.asString().isBlank();
    }
}
