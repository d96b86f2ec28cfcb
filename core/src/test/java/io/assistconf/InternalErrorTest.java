package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A failure inside the checker never escapes {@code check}: it is one {@code internal_error}, echoing nothing. */
class InternalErrorTest {

    private static final String SECRET = "sk-live-0123456789";

    @Test
    void anExceptionWhileCheckingIsOneInternalError() {
        Map<String, Object> failing = failingMap(() -> {
            throw new IllegalStateException("iteration failed near " + SECRET);
        });
        for (Function<Input, Result> check : everyOverload()) {
            assertInternalError(check.apply(Input.of(failing)));
        }
    }

    @Test
    void aStackOverflowWhileCheckingIsOneInternalError() {
        Map<String, Object> failing = failingMap(() -> {
            throw new StackOverflowError();
        });
        for (Function<Input, Result> check : everyOverload()) {
            assertInternalError(check.apply(Input.of(failing)));
        }
    }

    @Test
    void anUncheckedExceptionFromAStreamIsOneInternalError() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("stream failed reading " + SECRET);
            }
        };
        assertInternalError(Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, Input.of(failing, TextFormat.JSON)));
    }

    @Test
    void misuseOfTheApiStillThrows() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checks.LENIENT.check(Variant.COGSOL, Kind.LIST_QUERY,
                Input.json("{}"))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checks.LENIENT.check(null))
                .isInstanceOf(NullPointerException.class);
    }

    private static List<Function<Input, Result>> everyOverload() {
        return List.of(input -> Checks.LENIENT.check(Variant.FREDDY, Kind.CREATE, input),
                input -> Checks.STRICT.check(Kind.UPDATE, input), input -> Checks.LENIENT.check(input));
    }

    private static void assertInternalError(Result result) {
        assertThat(result.valid()).isFalse();
        assertThat(result.canonical()).isEmpty();
        assertThat(result.changes()).isEmpty();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("internal_error");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.pointer()).isEmpty();
            assertThat(v.message()).isEqualTo("the payload could not be checked because of a defect in assistconf,"
                    + " not in the payload; please report it");
            assertThat(v.toString()).doesNotContain(SECRET).doesNotContain("failed");
        });
    }

    /**
     * A map holding a secret whose iteration fails, as a caller's broken or concurrently modified map would;
     * its {@code toString} fails too, so that nothing can quote it.
     */
    private static Map<String, Object> failingMap(Supplier<Iterator<Map.Entry<String, Object>>> iterator) {
        return new AbstractMap<>() {
            @Override
            public Set<Map.Entry<String, Object>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<String, Object>> iterator() {
                        return iterator.get();
                    }

                    @Override
                    public int size() {
                        return 1;
                    }
                };
            }

            @Override
            public Object get(Object key) {
                return "authorization".equals(key) ? SECRET : null;
            }

            @Override
            public String toString() {
                throw new IllegalStateException("no text for " + SECRET);
            }
        };
    }
}
