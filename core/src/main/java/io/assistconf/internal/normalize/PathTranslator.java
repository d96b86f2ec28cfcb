package io.assistconf.internal.normalize;

import io.assistconf.Change;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps a pointer into the canonical payload back to the place the user wrote, and a place the user wrote
 * to its canonical pointer, using the normalizer's record of renamings and coercions.
 */
public final class PathTranslator {

    private final Map<String, String> renamed = new HashMap<>();
    private final Set<String> coerced = new HashSet<>();

    public PathTranslator(ChangeList changes) {
        changes.forEachMoved(this::add); // the defaults, most of a small payload's changes, stay unwritten
    }

    private void add(Change change) {
        if (change.type() == Change.Type.RENAMED || change.type() == Change.Type.COERCED) {
            renamed.put(change.pointer(), change.from());
        }
        if (change.type() == Change.Type.COERCED) {
            coerced.add(change.pointer());
        }
    }

    /** The canonical pointer of a path as the user wrote it (its renamed keys respelled). */
    public String canonical(String path) {
        if (renamed.isEmpty()) {
            return path;
        }
        Map<String, String> byOriginal = new HashMap<>();
        renamed.forEach((pointer, original) -> byOriginal.put(original, pointer));
        StringBuilder canonical = new StringBuilder();
        int end = 0;
        while (end < path.length()) {
            end = path.indexOf('/', end + 1);
            end = end < 0 ? path.length() : end;
            String respelled = byOriginal.get(path.substring(0, end));
            if (respelled != null) {
                canonical.setLength(0);
                canonical.append(respelled);
            } else {
                canonical.append(path, path.lastIndexOf('/', end - 1), end);
            }
        }
        return canonical.toString();
    }

    /** The user's path for a canonical pointer; inside a coerced value, the path of that value. */
    public String original(String pointer) {
        if (renamed.isEmpty() && coerced.isEmpty()) {
            return pointer;
        }
        StringBuilder canonical = new StringBuilder();
        StringBuilder original = new StringBuilder();
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            String segment = pointer.substring(start, end);
            canonical.append('/').append(segment);
            String key = canonical.toString();
            String from = renamed.get(key);
            if (from != null) {
                original.setLength(0);
                original.append(from);
            } else {
                original.append('/').append(segment);
            }
            if (coerced.contains(key)) {
                break;
            }
            start = end + 1;
        }
        return original.toString();
    }
}
