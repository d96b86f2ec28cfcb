package io.assistconf.lint;

import io.assistconf.Catalogue;
import io.assistconf.Code;
import io.assistconf.Kind;
import io.assistconf.Limits;
import io.assistconf.ShownText;
import io.assistconf.Variant;
import io.assistconf.lint.LintConfig.Level;
import io.assistconf.lint.LintConfig.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a config file ({@code docs/lint.md} describes it) with snakeyaml-engine's node tree, which keeps
 * where each value starts, so that an unknown key or a bad value is a {@link ConfigError} naming the file,
 * line, column and key path, and listing what is accepted there.
 */
final class ConfigReader {

    /** A config file is a few lines; a larger one is surely something else. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final List<String> KEYS = List.of("files", "ignore", "strict", "json-comments", "severity",
            "catalogues", "limits");
    private static final List<String> MAPPING_KEYS = List.of("glob", "variant", "kind");
    /** Codes whose violations mean a file was not checked: no setting may turn them into a pass. */
    private static final Set<Code> FIXED = Set.of(Code.UNREADABLE_INPUT, Code.INTERNAL_ERROR);

    private final Path folder;
    private final String shown;
    private final Function<Variant, Set<Kind>> kinds;

    private ConfigReader(Path file, String shown, Function<Variant, Set<Kind>> kinds) {
        this.folder = file.toAbsolutePath().normalize().getParent();
        this.shown = ShownText.fileName(shown);
        this.kinds = kinds;
    }

    /**
     * @param file  the config file
     * @param shown its name as messages show it
     * @param kinds the kinds each variant has
     * @throws ConfigError when the file cannot be read or says something not accepted
     */
    static LintConfig read(Path file, String shown, Function<Variant, Set<Kind>> kinds) {
        return new ConfigReader(file, shown, kinds).read(file);
    }

    private LintConfig read(Path file) {
        Node root = compose(text(file));
        if (root == null) {
            return new LintConfig(shown, folder, List.of(), List.of(), null, false, Map.of(), null, null);
        }
        List<Mapping> mappings = List.of();
        List<Glob> ignores = List.of();
        Boolean strict = null;
        boolean jsonComments = false;
        Map<String, Level> severities = Map.of();
        Catalogue catalogue = null;
        Limits limits = null;
        for (Map.Entry<String, Node> member : members(root, "", KEYS).entrySet()) {
            Node value = member.getValue();
            String key = member.getKey();
            switch (key) {
                case "files" -> mappings = mappings(value);
                case "ignore" -> ignores = items(value, key, "a list of globs").stream()
                        .map(item -> glob(item.node(), item.path())).toList();
                case "strict" -> strict = bool(value, key);
                case "json-comments" -> jsonComments = bool(value, key);
                case "severity" -> severities = severities(value);
                case "catalogues" -> catalogue = catalogue(value);
                case "limits" -> limits = limits(value);
                default -> throw new IllegalStateException(key);
            }
        }
        return new LintConfig(shown, folder, mappings, ignores, strict, jsonComments, severities, catalogue, limits);
    }

    private String text(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw new ConfigError("cannot read the config file " + shown);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigError(shown + ": a config file may hold at most " + MAX_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigError(shown + ": the config file is not UTF-8 text");
        }
    }

    /** The document's root node, or null for an empty document. */
    private Node compose(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setLabel(shown)
                .setMaxAliasesForCollections(50).setCodePointLimit(MAX_BYTES).build();
        try {
            return new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String problem = e.getProblem() == null ? "" : ": " + ShownText.quote(e.getProblem());
            throw new ConfigError(at == null ? shown + ": not well-formed YAML" + problem
                    : where(at) + "not well-formed YAML" + problem);
        } catch (YamlEngineException e) {
            throw new ConfigError(shown + ": not well-formed YAML");
        } catch (StackOverflowError e) {
            // snakeyaml composes recursively and has no nesting limit of its own
            throw new ConfigError(shown + ": the config file nests too deeply");
        }
    }

    private List<Mapping> mappings(Node value) {
        List<Mapping> mappings = new ArrayList<>();
        for (Item item : items(value, "files", "a list of {glob, variant, kind}")) {
            Map<String, Node> members = members(item.node(), item.path(), MAPPING_KEYS);
            Node glob = members.get("glob");
            if (glob == null) {
                throw error(item.node(), item.path(), "each entry needs a glob");
            }
            Variant variant = members.containsKey("variant")
                    ? id(members.get("variant"), item.path() + ".variant", "variant", Variant.values(), Variant::id)
                    : null;
            Kind kind = members.containsKey("kind")
                    ? id(members.get("kind"), item.path() + ".kind", "kind", Kind.values(), Kind::id) : null;
            if (variant == null && kind == null) {
                throw error(item.node(), item.path(), "each entry needs a variant, a kind or both");
            }
            if (variant != null && kind != null && !kinds.apply(variant).contains(kind)) {
                throw error(members.get("kind"), item.path() + ".kind", variant.id() + " has no kind '" + kind.id()
                        + "'; use one of " + ids(kinds.apply(variant).toArray(Kind[]::new), Kind::id));
            }
            mappings.add(new Mapping(glob(glob, item.path() + ".glob"), variant, kind));
        }
        return mappings;
    }

    private Map<String, Level> severities(Node value) {
        Map<String, Level> severities = new HashMap<>();
        List<String> codes = Arrays.stream(Code.values()).filter(code -> !FIXED.contains(code)).map(Code::id).toList();
        for (Map.Entry<String, Node> member : members(value, "severity", codes).entrySet()) {
            String path = "severity." + member.getKey();
            severities.put(member.getKey(), id(member.getValue(), path, "severity", Level.values(), ConfigReader::id));
        }
        return severities;
    }

    private Catalogue catalogue(Node value) {
        List<Map.Entry<Path, String>> files = new ArrayList<>();
        for (Item item : items(value, "catalogues", "a list of file names, relative to the config file")) {
            String name = string(item.node(), item.path(), "a file name");
            try {
                Map.Entry<Path, String> file = Map.entry(folder.resolve(name), name);
                CatalogueFiles.read(List.of(file)); // each alone first, so that an error names its entry
                files.add(file);
            } catch (IllegalArgumentException e) {
                throw error(item.node(), item.path(), e.getMessage());
            }
        }
        return CatalogueFiles.read(files);
    }

    /** The limits named, the others at their defaults. The names are the components of {@link Limits}. */
    private Limits limits(Node value) {
        RecordComponent[] components = Limits.class.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(Limits.DEFAULTS);
                types[i] = components[i].getType();
            }
            for (Map.Entry<String, Node> member : members(value, "limits", names).entrySet()) {
                int i = names.indexOf(member.getKey());
                long limit = number(member.getValue(), "limits." + member.getKey(),
                        types[i] == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE);
                values[i] = types[i] == long.class ? (Object) limit : (Object) (int) limit;
            }
            return Limits.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            // the constructor refused the combination, e.g. maxDepth past Limits.MAX_DEPTH
            throw error(value, "limits", e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Limits is no longer a record of numbers", e);
        }
    }

    /** A member's value and the key path that leads to it, for messages. */
    private record Item(Node node, String path) {
    }

    private List<Item> items(Node value, String path, String expected) {
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, path, "must be " + expected);
        }
        List<Item> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new Item(item, path + "[" + items.size() + "]"));
        }
        return items;
    }

    /** The members of a mapping, in order; a key not in {@code keys}, or given twice, is an error. */
    private Map<String, Node> members(Node value, String path, List<String> keys) {
        if (!(value instanceof MappingNode mapping)) {
            throw error(value, path, "must be a mapping of " + String.join(", ", keys));
        }
        Map<String, Node> members = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            String keyPath = path.isEmpty() ? String.valueOf(key) : path + "." + key;
            if (key == null || !keys.contains(key)) {
                throw error(tuple.getKeyNode(), path, "unknown key" + (key == null ? "" : " '" + ShownText.quote(key)
                        + "'") + "; use one of " + String.join(", ", keys));
            }
            if (!seen.add(key)) {
                throw error(tuple.getKeyNode(), keyPath, "given twice");
            }
            members.put(key, tuple.getValueNode());
        }
        return members;
    }

    private Glob glob(Node value, String path) {
        String text = string(value, path, "a glob");
        try {
            return Glob.of(text);
        } catch (IllegalArgumentException e) {
            throw error(value, path, "not a glob: " + e.getMessage());
        }
    }

    private Boolean bool(Node value, String path) {
        if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.BOOL)) {
            throw error(value, path, "must be true or false");
        }
        return Boolean.valueOf(scalar.getValue().toLowerCase(Locale.ROOT));
    }

    private long number(Node value, String path, long max) {
        String text = value instanceof ScalarNode scalar ? scalar.getValue() : "";
        long number = 0;
        try {
            number = text.matches("[0-9]{1,19}") ? Long.parseLong(text) : 0;
        } catch (NumberFormatException e) {
            // 19 digits past Long.MAX_VALUE: refused below
        }
        if (number < 1 || number > max) {
            throw error(value, path, "must be a whole number from 1 to " + max);
        }
        return number;
    }

    private String string(Node value, String path, String expected) {
        if (!(value instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            throw error(value, path, "must be " + expected);
        }
        return scalar.getValue();
    }

    private <T> T id(Node value, String path, String what, T[] values, Function<T, String> idOf) {
        String text = string(value, path, "a " + what);
        return Arrays.stream(values).filter(candidate -> idOf.apply(candidate).equals(text)).findFirst()
                .orElseThrow(() -> error(value, path, "unknown " + what + " '" + ShownText.quote(text) + "'; use one of "
                        + ids(values, idOf)));
    }

    private static <T> String ids(T[] values, Function<T, String> idOf) {
        return Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
    }

    private static String id(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private ConfigError error(Node at, String path, String message) {
        Mark mark = at.getStartMark().orElse(null);
        String where = mark == null ? shown + ": " : where(mark);
        return new ConfigError(where + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** {@code FILE:LINE:COLUMN: }, 1-based. */
    private String where(Mark mark) {
        return shown + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }
}
