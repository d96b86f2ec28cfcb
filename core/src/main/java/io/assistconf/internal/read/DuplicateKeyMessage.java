package io.assistconf.internal.read;

import io.assistconf.ShownText;
import io.assistconf.internal.tree.SecretKeys;

/** The message of a key given twice in one object: the key quoted for display, unless it carries a secret. */
final class DuplicateKeyMessage {

    private final SecretKeys secretKeys;

    DuplicateKeyMessage(SecretKeys secretKeys) {
        this.secretKeys = secretKeys;
    }

    /** The message for the repeated {@code key}. */
    String of(String key) {
        SecretKeys.Match secret = secretKeys.match(key);
        if (secret != null) {
            return "duplicate key in the same object; it starts with " + secret.description() + " and is not shown";
        }
        return "duplicate key '" + ShownText.quote(key) + "' in the same object";
    }
}
