package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names and pointers print on one line, escaped, each component at most 64 characters. */
class PrintableTest {

    @Test
    void ordinaryNamesAndPointersPrintAsTheyAre() {
        assertThat(Printable.fileName("payloads/a b/c\u00f6lour.json")).isEqualTo("payloads/a b/c\u00f6lour.json");
        assertThat(Printable.pointer("/tool_configurations/mcp_tools/0")).isEqualTo("/tool_configurations/mcp_tools/0");
        assertThat(Printable.pointer("")).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesAreEscaped() {
        assertThat(Printable.pointer("/x\n::error file=README.md,line=1::pwned"))
                .isEqualTo("/x\\u000A::error file=README.md,line=1::pwned");
        assertThat(Printable.fileName("dir/\u001b[31mred\u202E.json")).isEqualTo("dir/\\u001B[31mred\\u202E.json");
        assertThat(Printable.text("Unknown option: '--x\r\n::error::y'")).isEqualTo("Unknown option: '--x\\u000D\\u000A::error::y'");
    }

    @Test
    void eachComponentLongerThan64CharactersIsShortened() {
        String long100 = "a".repeat(100);
        String exactly = "b".repeat(64);
        assertThat(Printable.pointer("/" + long100 + "/" + exactly + "/0"))
                .isEqualTo("/" + "a".repeat(64) + "\u2026/" + exactly + "/0");
        assertThat(Printable.fileName(long100 + "/" + long100 + ".json"))
                .isEqualTo("a".repeat(64) + "\u2026/" + "a".repeat(64) + "\u2026");
        assertThat(Printable.fileName("c:\\" + long100)).isEqualTo("c:\\" + "a".repeat(64) + "\u2026");
        assertThat(Printable.text(long100)).as("other text is not shortened").isEqualTo(long100);
    }
}
