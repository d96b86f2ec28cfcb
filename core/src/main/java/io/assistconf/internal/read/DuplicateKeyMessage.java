package io.assistconf.internal.read;

import io.assistconf.Code;
import io.assistconf.ShownText;
import io.assistconf.Violation;
import io.assistconf.internal.tree.Pointers;
import io.assistconf.internal.tree.SecretKeys;

/**
 * The {@code duplicate_key} violation of a key given again in one object: located at the repetition, naming
 * the line of the first occurrence, the key quoted for display unless it carries a secret.
 */
final class DuplicateKeyMessage {

    private final SecretKeys secretKeys;

    DuplicateKeyMessage(SecretKeys secretKeys) {
        this.secretKeys = secretKeys;
    }

    /**
     * The violation of {@code key} repeated in the object at {@code object} (a pointer as written), at
     * {@code line} and {@code column}, first given on {@code firstLine}.
     */
    Violation of(String object, String key, int firstLine, int line, int column) {
        String pointer = Pointers.append(object, key);
        return Code.DUPLICATE_KEY.violation(pointer, pointer, line, column, message(key, firstLine));
    }

    private String message(String key, int firstLine) {
        String first = " (first on line " + firstLine + "); the last value is kept";
        SecretKeys.Match secret = secretKeys.match(key);
        if (secret != null) {
            return "duplicate key in the same object" + first + "; it starts with " + secret.description()
                    + " and is not shown";
        }
        return "duplicate key '" + ShownText.quote(key) + "' in the same object" + first;
    }
}
