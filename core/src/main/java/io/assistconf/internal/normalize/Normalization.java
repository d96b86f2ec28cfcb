package io.assistconf.internal.normalize;

import io.assistconf.Violation;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the normalizer produced: the canonical tree, the changes made, and the problems it met: the first
 * ones, up to the violation limit, and the count of the others.
 */
public record Normalization(JsonNode canonical, ChangeList changes, List<Violation> violations, Unlisted unlisted) {
}
