package io.assistconf.internal.rules;

import io.assistconf.Code;
import io.assistconf.internal.tree.Pointers;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The rules the CogSol client checks before it sends a payload (decisions S8): matrix mode needs the FAQ,
 * and attachments sent to the model must be accepted. The server's answer to such a payload is not
 * documented, so they are warnings. An update is the full payload (decisions S3), so a flag left out is
 * off in every kind.
 */
public final class CogsolRules implements Rules {

    @Override
    public void document(JsonNode assistant, RuleContext context) {
        if (!assistant.isObject()) {
            return;
        }
        if (on(assistant, "matrix_mode_available") && !on(assistant, "faq_available")) {
            context.report(Code.PREREQUISITE_DISABLED, "/matrix_mode_available",
                    "matrix_mode_available needs faq_available true");
        }
        JsonNode attachments = assistant.get("attachment_config");
        if (attachments == null || !attachments.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> type : attachments.properties()) {
            if (on(type.getValue(), "send_to_model") && !on(type.getValue(), "accepted")) {
                context.report(Code.PREREQUISITE_DISABLED,
                        Pointers.append("/attachment_config", type.getKey()) + "/send_to_model",
                        "send_to_model needs accepted true for attachments of this type");
            }
        }
    }

    private static boolean on(JsonNode object, String flag) {
        JsonNode value = object.get(flag);
        return value != null && value.isBoolean() && value.booleanValue();
    }
}
