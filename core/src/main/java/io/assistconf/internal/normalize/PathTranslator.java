package io.assistconf.internal.normalize;

import io.assistconf.Change;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps a pointer into the canonical payload back to the place the user wrote, and a place the user wrote
 * to its canonical pointer, using the normalizer's record of renamings and coercions.
 *
 * <p>A report asks for a few paths, and a camelCase payload renames most of its keys: the first
 * {@value #READ_LOOKUPS} paths are read from the change list, which writes out no change to answer them; past
 * them, or to respell a path the user wrote, every renamed and coerced change is written out once into maps.
 */
public final class PathTranslator {

    static final int READ_LOOKUPS = 16;

    private final ChangeList changes;
    private int lookups;
    private Map<String, String> renamed;
    private Set<String> coerced;

    public PathTranslator(ChangeList changes) {
        this.changes = changes;
    }

    private void writeMaps() {
        renamed = new HashMap<>();
        coerced = new HashSet<>();
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
        if (renamed == null) {
            writeMaps();
        }
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
        if (renamed == null && lookups++ < READ_LOOKUPS) {
            return changes.original(pointer);
        }
        if (renamed == null) {
            writeMaps();
        }
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
