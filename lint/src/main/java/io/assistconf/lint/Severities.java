package io.assistconf.lint;

import io.assistconf.Violation;
import io.assistconf.lint.LintConfig.Level;
import java.util.List;
import java.util.Map;

/** The severity the config file sets per code, applied to every violation of a run; {@code off} drops them. */
final class Severities {

    private final Map<String, Level> levels;

    Severities(Map<String, Level> levels) {
        this.levels = Map.copyOf(levels);
    }

    List<Violation> apply(List<Violation> violations) {
        if (levels.isEmpty()) {
            return violations;
        }
        return violations.stream()
                .filter(violation -> levels.get(violation.code()) != Level.OFF)
                .map(violation -> levels.containsKey(violation.code())
                        ? violation.withSeverity(levels.get(violation.code()).severity().orElseThrow())
                        : violation)
                .toList();
    }
}
