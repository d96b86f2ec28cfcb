package io.assistconf.internal.read;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tree of a composed YAML document: each alias becomes a copy of its anchored node (scalars, which
 * cannot change, are shared) and each merge key adds the members it merges. The composer has already
 * bounded the size and the nesting of the result.
 */
final class YamlTree {

    private final JsonNodeFactory nodes;

    YamlTree(JsonNodeFactory nodes) {
        this.nodes = nodes;
    }

    JsonNode of(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.value();
        }
        if (node instanceof YamlNode.Alias alias) {
            return of(alias.target());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = nodes.arrayNode();
            sequence.items().forEach(item -> array.add(of(item)));
            return array;
        }
        ObjectNode object = nodes.objectNode();
        ((YamlNode.Mapping) node).forEachMember(null, (member, via) -> object.set(member.key(), of(member.value())));
        return object;
    }
}
