package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A user's text in a message is at most 64 characters; in a file name or pointer, each component is. None
 * of it can break a line or drive a terminal.
 */
class ShownTextTest {

    @Test
    void shortTextIsQuotedAsItIs() {
        assertThat(ShownText.quote("temprature")).isEqualTo("temprature");
        assertThat(ShownText.quote("")).isEmpty();
        assertThat(ShownText.quote("c\u00f6lour \u4e2d\u6587")).isEqualTo("c\u00f6lour \u4e2d\u6587");
    }

    @Test
    void textPast64CharactersIsShortenedWithAnEllipsis() {
        String exactly = "a".repeat(64);
        assertThat(ShownText.quote(exactly)).isEqualTo(exactly);
        assertThat(ShownText.quote(exactly + "b")).isEqualTo(exactly + "\u2026");
        assertThat(ShownText.quote("k".repeat(10_000))).hasSize(65).endsWith("\u2026");
    }

    @Test
    void aSupplementaryCharacterCountsOnceAndIsNeverSplit() {
        String emoji = "\uD83D\uDE00";
        assertThat(ShownText.quote(emoji.repeat(64))).isEqualTo(emoji.repeat(64));
        assertThat(ShownText.quote(emoji.repeat(65))).isEqualTo(emoji.repeat(64) + "\u2026");
    }

    @Test
    void controlCharactersAndBidiOverridesAreEscapedInQuotes() {
        assertThat(ShownText.quote("x\n::error file=README.md,line=1::pwned"))
                .isEqualTo("x\\u000A::error file=README.md,line=1::pwned");
        assertThat(ShownText.quote("\u001b[31mred\u001b[0m")).isEqualTo("\\u001B[31mred\\u001B[0m");
        assertThat(ShownText.quote("a\rb\tc\u0000d\u007fe\u0085")).isEqualTo("a\\u000Db\\u0009c\\u0000d\\u007Fe\\u0085");
        assertThat(ShownText.quote("abc\u202Eexe.txt\u2066\u200F")).isEqualTo("abc\\u202Eexe.txt\\u2066\\u200F");
    }

    @Test
    void anEscapeCountsAsOneCharacterOfTheLimit() {
        String shown = ShownText.quote("\n".repeat(100));
        assertThat(shown).isEqualTo("\\u000A".repeat(64) + "\u2026");
    }

    @Test
    void ordinaryNamesAndPointersPrintAsTheyAre() {
        assertThat(ShownText.fileName("payloads/a b/c\u00f6lour.json")).isEqualTo("payloads/a b/c\u00f6lour.json");
        assertThat(ShownText.pointer("/tool_configurations/mcp_tools/0")).isEqualTo("/tool_configurations/mcp_tools/0");
        assertThat(ShownText.pointer("")).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesAreEscaped() {
        assertThat(ShownText.pointer("/x\n::error file=README.md,line=1::pwned"))
                .isEqualTo("/x\\u000A::error file=README.md,line=1::pwned");
        assertThat(ShownText.fileName("dir/\u001b[31mred\u202E.json")).isEqualTo("dir/\\u001B[31mred\\u202E.json");
        assertThat(ShownText.escaped("Unknown option: '--x\r\n::error::y'")).isEqualTo("Unknown option: '--x\\u000D\\u000A::error::y'");
    }

    @Test
    void eachComponentLongerThan64CharactersIsShortened() {
        String long100 = "a".repeat(100);
        String exactly = "b".repeat(64);
        assertThat(ShownText.pointer("/" + long100 + "/" + exactly + "/0"))
                .isEqualTo("/" + "a".repeat(64) + "\u2026/" + exactly + "/0");
        assertThat(ShownText.fileName(long100 + "/" + long100 + ".json"))
                .isEqualTo("a".repeat(64) + "\u2026/" + "a".repeat(64) + "\u2026");
        assertThat(ShownText.fileName("c:\\" + long100)).isEqualTo("c:\\" + "a".repeat(64) + "\u2026");
        assertThat(ShownText.escaped(long100)).as("other text is not shortened").isEqualTo(long100);
    }
}
