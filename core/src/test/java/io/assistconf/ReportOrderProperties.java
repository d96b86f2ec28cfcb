package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A report lists its violations in the documented order (line, column, pointer, code, message, severity,
 * path), each once: the order compares as the chain of those members does, on violations alike in all but
 * one or two of them, and reports follow it on random mutations of the payloads on disk, read from
 * pretty-printed text so that the violations stand on different lines and columns, and from a tree, where
 * none has a location.
 */
class ReportOrderProperties {

    private static final Comparator<Violation> DOCUMENTED = Comparator.comparingInt(Violation::line)
            .thenComparingInt(Violation::column).thenComparing(Violation::pointer)
            .thenComparing(Violation::code).thenComparing(Violation::message).thenComparing(Violation::severity)
            .thenComparing(Violation::path);
    private static final AssistConf CHECKER = AssistConf.builder().limits(Limits.DEFAULTS.withMaxViolations(1000))
            .build();

    @Property(tries = 3000)
    void theOrderComparesAsTheChainOfMembers(@ForAll long seed) {
        Random random = new Random(seed);
        Violation a = violation(random);
        Violation b = violation(random);
        assertThat(Integer.signum(AssistConf.order(a, b))).as("%s against %s", a, b)
                .isEqualTo(Integer.signum(DOCUMENTED.compare(a, b)));
    }

    /** A violation whose members are drawn from two values each, so that most pairs tie on most members. */
    private static Violation violation(Random random) {
        String[] texts = {"/a", "/b"};
        return new Violation(random.nextBoolean() ? "type" : "enum",
                random.nextBoolean() ? Severity.ERROR : Severity.WARNING, texts[random.nextInt(2)],
                texts[random.nextInt(2)], random.nextInt(2), random.nextInt(2), random.nextBoolean() ? "x" : "y");
    }

    @Property(tries = 400)
    void violationsAreListedInTheDocumentedOrderEachOnce(@ForAll long seed) {
        FastSchemaProperties.Mutated mutated = FastSchemaProperties.mutated(new Random(seed));
        Variant variant = mutated.base().variant();
        String text = mutated.tree().toPrettyString();
        for (Input input : List.of(Input.json(text), Input.of(mutated.tree()))) {
            for (Kind kind : List.of(Kind.OBJECT, Kind.CREATE)) {
                List<Violation> violations = CHECKER.check(variant, kind, input).violations();
                for (int i = 1; i < violations.size(); i++) {
                    assertThat(DOCUMENTED.compare(violations.get(i - 1), violations.get(i)))
                            .as("%s then %s", violations.get(i - 1), violations.get(i)).isNegative();
                }
            }
        }
    }
}
