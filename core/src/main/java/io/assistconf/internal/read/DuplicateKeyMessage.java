package io.assistconf.internal.read;

import io.assistconf.internal.tree.Display;
import io.assistconf.internal.tree.SecretKeys;

/** The message of a key given twice in one object: the key quoted for display, unless it carries a secret. */
final class DuplicateKeyMessage {

    private final SecretKeys secretKeys;

    DuplicateKeyMessage(SecretKeys secretKeys) {
        this.secretKeys = secretKeys;
    }

    /** The message for the repeated {@code key}; null when the key is not known. */
    String of(String key) {
        if (key == null) {
            return "duplicate key in the same object";
        }
        SecretKeys.Match secret = secretKeys.match(key);
        if (secret != null) {
            return "duplicate key in the same object; it starts with " + secret.description() + " and is not shown";
        }
        return "duplicate key '" + Display.quote(key) + "' in the same object";
    }
}
