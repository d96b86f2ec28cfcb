package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.AssistConf;
import io.assistconf.Input;
import io.assistconf.Kind;
import io.assistconf.Result;
import io.assistconf.Variant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exit status of a run from its checked inputs. An {@code internal_error} cannot be provoked through
 * the command line, so these build the inputs from the library's results directly.
 */
class ExitStatusTest {

    private static final AssistConf ASSISTCONF = AssistConf.create();

    @Test
    void theCodesAreTheDocumentedOnes() {
        assertThat(ExitStatus.OK.code()).isZero();
        assertThat(ExitStatus.INVALID.code()).isEqualTo(1);
        assertThat(ExitStatus.TROUBLE.code()).isEqualTo(2);
    }

    @Test
    void validWithWarningsIsOk() {
        Result warned = check(Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"colour\": \"blue\"}"));
        assertThat(warned.warnings()).isNotEmpty();
        assertThat(ExitStatus.of(List.of(file(warned)))).isEqualTo(ExitStatus.OK);
    }

    @Test
    void anyInvalidInputIsInvalid() {
        Result valid = check(Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}"));
        Result invalid = check(Input.json("{\"name\": \"x\", \"temperature\": 7}"));
        assertThat(ExitStatus.of(List.of(file(valid), file(invalid)))).isEqualTo(ExitStatus.INVALID);
    }

    @Test
    void anInternalErrorIsTroubleNotInvalid() {
        Result failed = check(Input.of(brokenMap()));
        assertThat(failed.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.code()).isEqualTo("internal_error"));
        Result invalid = check(Input.json("{\"name\": \"x\", \"temperature\": 7}"));
        assertThat(ExitStatus.of(List.of(file(failed)))).isEqualTo(ExitStatus.TROUBLE);
        assertThat(ExitStatus.of(List.of(file(invalid), file(failed)))).isEqualTo(ExitStatus.TROUBLE);
    }

    @Test
    void anUnreadableInputIsTroubleToo() {
        CheckedInput unlisted = CheckedInput.unlisted("dir", "the directory could not be listed");
        Result valid = check(Input.json("{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\"}"));
        assertThat(ExitStatus.of(List.of(file(valid), unlisted))).isEqualTo(ExitStatus.TROUBLE);
    }

    private static Result check(Input input) {
        return ASSISTCONF.check(Variant.FREDDY, Kind.CREATE, input);
    }

    private static CheckedInput file(Result result) {
        return CheckedInput.file("payload.json", result);
    }

    /** A caller's map that fails when read, as a broken or concurrently modified one would. */
    private static Map<String, Object> brokenMap() {
        return new AbstractMap<>() {
            @Override
            public Set<Map.Entry<String, Object>> entrySet() {
                throw new IllegalStateException("broken map");
            }
        };
    }
}
