package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import io.assistconf.internal.check.CompiledSchemas;
import io.assistconf.internal.validate.FastSchema;
import io.assistconf.internal.validate.SchemaValidator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The failing part kept to its first failing values gives networknt's errors on the whole failing part when
 * they are no more than the limit, and else some of them, at least as many as the limit: so a report under
 * the violation limit is unchanged, and one over it is still over it.
 */
class FailingPartLimitProperties {

    private static final CompiledSchemas SCHEMAS = CompiledSchemas.get();

    @Property(tries = 1500)
    void theLimitedPartKeepsErrorsUpToTheLimit(@ForAll long seed) {
        Random random = new Random(seed);
        FastSchemaProperties.Base base = FastSchemaProperties.BASES.get(random.nextInt(FastSchemaProperties.BASES.size()));
        JsonNode tree = base.tree().deepCopy();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            tree = FastSchemaProperties.mutate(tree, random);
        }
        for (Kind kind : SCHEMAS.kinds(base.variant())) {
            CompiledSchemas.Entry entry = SCHEMAS.entry(base.variant(), kind);
            if (entry.fast().report(tree, SCHEMAS.translator(), Integer.MAX_VALUE).isEmpty()) {
                continue;
            }
            List<String> all = describe(SchemaValidator.validate(entry.schema(), entry.fast().failingPart(tree)));
            int limit = 1 + random.nextInt(all.size() + 2);
            FastSchema.Part part = entry.fast().failingPart(tree, limit);
            List<String> kept = describe(SchemaValidator.validate(entry.schema(), part.value()));
            String what = base.name() + " mutated with seed " + seed + " as " + kind.id() + " kept to " + limit;
            if (all.size() <= limit) {
                assertThat(kept).as(what).isEqualTo(all);
                assertThat(part.omittedFailures()).as(what).isZero();
            } else {
                assertThat(all).as(what).containsAll(kept);
                assertThat(kept.size()).as(what).isGreaterThanOrEqualTo(Math.min(limit, all.size()));
                assertThat(kept.size() + part.omittedFailures()).as(what).isLessThanOrEqualTo(all.size());
            }
        }
    }

    /** A nullable field ({@code anyOf: [array, null]}) is cut at its first failing items like any array. */
    @Example
    void aNullableArrayIsCutAtItsFirstFailingItems() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", "x");
        ArrayNode wrong = tree.putArray("stop_sequences");
        for (int i = 0; i < 5_000; i++) {
            wrong.add(i);
        }
        CompiledSchemas.Entry entry = SCHEMAS.entry(Variant.FREDDY, Kind.CREATE);
        FastSchema.Part part = entry.fast().failingPart(tree, 10);
        assertThat(part.value().get("stop_sequences").size()).isEqualTo(10);
        assertThat(part.omittedFailures()).isEqualTo(4_990);
        assertThat(describe(SchemaValidator.validate(entry.schema(), entry.fast().failingPart(tree))))
                .containsAll(describe(SchemaValidator.validate(entry.schema(), part.value())));
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(error -> error.getKeyword() + " " + error.getInstanceLocation() + " "
                + error.getEvaluationPath() + " " + error.getSchemaLocation()).toList();
    }
}
