package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.internal.tree.KeySpelling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySpellingTest {

    @ParameterizedTest
    @CsvSource({
        "system_tools, systemTools",
        "image_url, imageUrl",
        "top_p, topP",
        "name, name",
        "max_completion_tokens, maxCompletionTokens",
    })
    void camelAndSnakeAreInverse(String snake, String camel) {
        assertThat(KeySpelling.camel(snake)).isEqualTo(camel);
        assertThat(KeySpelling.snake(camel)).isEqualTo(snake);
    }

    @ParameterizedTest
    @CsvSource({"imageURL, image_url", "URLPath, url_path", "already_snake, already_snake"})
    void snakeHandlesRunsOfCapitals(String key, String snake) {
        assertThat(KeySpelling.snake(key)).isEqualTo(snake);
    }
}
