package io.assistconf.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key that starts with a secret field's name and a separator is one that carries a secret. */
class SecretKeysTest {

    private static final SecretKeys SECRETS = new SecretKeys(List.of("authorization", "api_key", "auth_token"));

    @ParameterizedTest
    @ValueSource(strings = {"authorization:sk-live-SECRET123", "Authorization: Bearer sk", "AUTHORIZATION=x",
        "authorization  :x", "authorization:"})
    void theSecretFieldFollowedByASeparatorIsRecognized(String key) {
        SecretKeys.Match match = SECRETS.match(key);
        assertThat(match).isNotNull();
        assertThat(match.field()).isEqualTo("authorization");
        assertThat(match.description()).isEqualTo("the secret field 'authorization' followed by '"
                + match.separator() + "'");
    }

    @Test
    void snakeAndCamelSpellingsInAnyCaseAreRecognized() {
        assertThat(SECRETS.match("api_key=sk-1")).isEqualTo(new SecretKeys.Match("api_key", '='));
        assertThat(SECRETS.match("apiKey:sk-1")).isEqualTo(new SecretKeys.Match("api_key", ':'));
        assertThat(SECRETS.match("APIKEY : sk-1")).isEqualTo(new SecretKeys.Match("api_key", ':'));
        assertThat(SECRETS.match("authToken=t")).isEqualTo(new SecretKeys.Match("auth_token", '='));
    }

    @ParameterizedTest
    @ValueSource(strings = {"authorization", "authorizations:x", "x-authorization:y", "auth:x", "api key:x",
        "authorization-x", "", "authorization\t:x"})
    void otherKeysAreNot(String key) {
        assertThat(SECRETS.match(key)).isNull();
    }

    @Test
    void aSecretFieldIsNamedInEitherSpellingAndAnyCase() {
        assertThat(List.of("api_key", "apiKey", "API_KEY", "Authorization")).allMatch(SECRETS::names);
        assertThat(List.of("api_keys", "key", "authorization:x", "")).noneMatch(SECRETS::names);
    }

    @Test
    void aPointerStopsAtTheObjectHoldingAKeyThatCarriesASecret() {
        assertThat(SECRETS.hide("/authorization:sk-live-SECRET123")).isEmpty();
        assertThat(SECRETS.hide("/tools/0/apiKey=sk~1x/y")).isEqualTo("/tools/0");
        assertThat(SECRETS.hide("/headers/Authorization: Bearer sk/0")).isEqualTo("/headers");
    }

    @Test
    void otherPointersAreKept() {
        assertThat(SECRETS.hide("")).isEmpty();
        assertThat(SECRETS.hide("/authorization")).isEqualTo("/authorization");
        assertThat(SECRETS.hide("/a~1authorization:x/b")).isEqualTo("/a~1authorization:x/b");
        assertThat(SecretKeys.NONE.hide("/authorization:x")).isEqualTo("/authorization:x");
        assertThat(SecretKeys.NONE.match("authorization:x")).isNull();
    }

    /** {@code hide} reads segments in place; it must cut where matching each segment as a key cuts. */
    @Property(tries = 2000)
    void aPointerIsCutWhereItsFirstSegmentThatIsASecretKeyStarts(@ForAll("pointers") String pointer) {
        String expected = pointer;
        int start = 0;
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (SECRETS.match(segment) != null) {
                expected = pointer.substring(0, start);
                break;
            }
            start += 1 + segment.length();
        }
        assertThat(SECRETS.hide(pointer)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> pointers() {
        Arbitrary<String> segments = Combinators.combine(
                Arbitraries.of("", "authorization", "apiKey", "API_KEY", "auth_token", "auth", "tools", "0"),
                Arbitraries.of("", ":", " =", "  :", "-", "\t:"),
                Arbitraries.strings().withChars("ab:= ~1").ofMaxLength(6))
                .as((name, separator, tail) -> name + separator + tail);
        return segments.list().ofMinSize(1).ofMaxSize(5).map(list -> "/" + String.join("/", list));
    }
}
