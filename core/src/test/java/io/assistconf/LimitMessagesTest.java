package io.assistconf;

import static io.assistconf.Checks.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.read.LimitMessages;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** A limit has one message, whether text or a tree goes past it. */
class LimitMessagesTest {

    private static final Limits SMALL = new Limits(1_000, 3, 20, 10);
    private static final LimitMessages MESSAGES = new LimitMessages(SMALL);
    private static final AssistConf LIMITED = AssistConf.builder().limits(SMALL).build();

    @Test
    void theMessagesNameTheLimits() {
        assertThat(MESSAGES.nestingMessage()).isEqualTo("the document nests deeper than the limit of 3 levels");
        assertThat(MESSAGES.documentSizeMessage()).isEqualTo("the document is larger than the limit of 1000 bytes");
        assertThat(MESSAGES.stringLengthMessage()).isEqualTo("a string is longer than the limit of 20 characters");
        assertThat(MESSAGES.nameLengthMessage()).isEqualTo("a property name is longer than the limit of 20 characters");
        assertThat(MESSAGES.numberLengthMessage()).isEqualTo("a number is longer than the limit of 10 characters");
        assertThat(MESSAGES.numberMagnitudeMessage()).isEqualTo("a number has more than 10 digits written out in full");
    }

    @Test
    void textAndTreesGiveTheSameMessage() {
        String deep = "{\"a\": {\"b\": {\"c\": {}}}}";
        assertThat(message(Input.json(deep))).isEqualTo(message(Input.of(JsonNodeFactory.instance.objectNode()
                .set("a", JsonNodeFactory.instance.objectNode().set("b", JsonNodeFactory.instance.objectNode()
                        .set("c", JsonNodeFactory.instance.objectNode())))))).isEqualTo(MESSAGES.nestingMessage());
        String longName = "n".repeat(21);
        assertThat(message(Input.json("{\"name\": \"" + longName + "\"}")))
                .isEqualTo(message(Input.of(Map.of("name", longName)))).isEqualTo(MESSAGES.stringLengthMessage());
        assertThat(message(Input.json("{\"seed\": 1e20}")))
                .isEqualTo(message(Input.of(Map.of("seed", new BigDecimal("1e20")))))
                .isEqualTo(MESSAGES.numberMagnitudeMessage());
    }

    private static String message(Input input) {
        return only(LIMITED.check(Variant.FREDDY, Kind.UPDATE, input), "limit_exceeded").message();
    }
}
