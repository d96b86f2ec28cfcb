package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The order of the files in every report. */
class LintTargetTest {

    @Test
    void filesAreSortedNameByNameSoThatAFolderStaysTogether() {
        List<String> sorted = Stream.of("x-y/a.json", "x/b/c.json", "x.json", "x/a.json", "a.json")
                .map(LintTarget::stdin).sorted(LintTarget.ORDER).map(LintTarget::name).toList();
        assertThat(sorted).containsExactly("a.json", "x/a.json", "x/b/c.json", "x-y/a.json", "x.json");
    }
}
