package io.assistconf.cli;

import io.assistconf.Change;
import io.assistconf.ShownText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A canonical payload printed as {@code explain} shows it: indented JSON, the line of each value the
 * normalizer defaulted, renamed, merged or coerced ending with a {@code //} comment, the {@link Change}'s
 * detail ({@code // renamed 'stopSequences' to 'stop_sequences'}, {@code // filled the default "auto"}),
 * and each secret's value, and a key holding one, replaced by {@value #HIDDEN} with a comment saying so.
 */
final class AnnotatedJson {

    static final String HIDDEN = "<secret>";
    private static final String SECRET_NOTE = "secret: not shown";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> notes = new LinkedHashMap<>();
    private final SecretFields secrets;
    private final List<String> lines = new ArrayList<>();

    private AnnotatedJson(List<Change> changes, SecretFields secrets) {
        this.secrets = secrets;
        changes.stream().collect(Collectors.groupingBy(Change::pointer, LinkedHashMap::new, Collectors.toList()))
                .forEach((pointer, each) -> notes.put(pointer, each.stream()
                        .map(change -> ShownText.escaped(change.detail())).collect(Collectors.joining("; "))));
    }

    /** The lines of the payload, without line ends. */
    static List<String> lines(JsonNode canonical, List<Change> changes, SecretFields secrets) {
        AnnotatedJson listing = new AnnotatedJson(changes, secrets);
        listing.value(canonical, "", "", "", true, false);
        return listing.lines;
    }

    /**
     * @param label  {@code "key": } or {@code ""}
     * @param hidden the value is a secret
     */
    private void value(JsonNode node, String pointer, String indent, String label, boolean last, boolean hidden) {
        String comma = last ? "" : ",";
        if (hidden) {
            line(indent + label + quoted(HIDDEN) + comma, SECRET_NOTE);
        } else if (node.isObject() && !node.isEmpty()) {
            line(indent + label + "{", notes.get(pointer));
            int left = node.size();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String key = member.getKey();
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                boolean keyHidden = secrets.carriesSecret(key);
                boolean secret = keyHidden || secrets.isSecret(key);
                String childLabel = quoted(keyHidden ? HIDDEN : key) + ": ";
                if (secrets.holdsSecrets(key) && member.getValue().isObject()) {
                    mapOfSecrets(member.getValue(), child, indent + "  ", childLabel, --left == 0);
                } else {
                    value(member.getValue(), child, indent + "  ", childLabel, --left == 0, secret);
                }
            }
            lines.add(indent + "}" + comma);
        } else if (node.isArray() && !node.isEmpty()) {
            line(indent + label + "[", notes.get(pointer));
            for (int i = 0; i < node.size(); i++) {
                value(node.get(i), pointer + "/" + i, indent + "  ", "", i == node.size() - 1, false);
            }
            lines.add(indent + "]" + comma);
        } else {
            line(indent + label + JSON.writeValueAsString(node) + comma, notes.get(pointer));
        }
    }

    /** An object whose members' values are secrets: its keys shown, unless one carries a secret itself. */
    private void mapOfSecrets(JsonNode node, String pointer, String indent, String label, boolean last) {
        line(indent + label + "{", notes.get(pointer));
        int left = node.size();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String key = secrets.carriesSecret(member.getKey()) ? HIDDEN : member.getKey();
            line(indent + "  " + quoted(key) + ": " + quoted(HIDDEN) + (--left == 0 ? "" : ","), SECRET_NOTE);
        }
        lines.add(indent + "}" + (last ? "" : ","));
    }

    private void line(String text, String note) {
        lines.add(note == null ? text : text + "  // " + note);
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
