package io.assistconf;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the normalizer produced: the canonical tree, the changes made, and the problems it met. */
record Normalization(JsonNode canonical, List<Change> changes, List<Violation> violations) {
}
