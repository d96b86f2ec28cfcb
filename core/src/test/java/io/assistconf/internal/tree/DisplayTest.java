package io.assistconf.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A user's text in a message is at most 64 characters and cannot break a line or drive a terminal. */
class DisplayTest {

    @Test
    void shortTextIsQuotedAsItIs() {
        assertThat(Display.quote("temprature")).isEqualTo("temprature");
        assertThat(Display.quote("")).isEmpty();
        assertThat(Display.quote("c\u00f6lour \u4e2d\u6587")).isEqualTo("c\u00f6lour \u4e2d\u6587");
    }

    @Test
    void textPast64CharactersIsShortenedWithAnEllipsis() {
        String exactly = "a".repeat(64);
        assertThat(Display.quote(exactly)).isEqualTo(exactly);
        assertThat(Display.quote(exactly + "b")).isEqualTo(exactly + "\u2026");
        assertThat(Display.quote("k".repeat(10_000))).hasSize(65).endsWith("\u2026");
    }

    @Test
    void aSupplementaryCharacterCountsOnceAndIsNeverSplit() {
        String emoji = "\uD83D\uDE00";
        assertThat(Display.quote(emoji.repeat(64))).isEqualTo(emoji.repeat(64));
        assertThat(Display.quote(emoji.repeat(65))).isEqualTo(emoji.repeat(64) + "\u2026");
    }

    @Test
    void controlCharactersAndBidiOverridesAreEscaped() {
        assertThat(Display.quote("x\n::error file=README.md,line=1::pwned"))
                .isEqualTo("x\\u000A::error file=README.md,line=1::pwned");
        assertThat(Display.quote("\u001b[31mred\u001b[0m")).isEqualTo("\\u001B[31mred\\u001B[0m");
        assertThat(Display.quote("a\rb\tc\u0000d\u007fe\u0085")).isEqualTo("a\\u000Db\\u0009c\\u0000d\\u007Fe\\u0085");
        assertThat(Display.quote("abc\u202Eexe.txt\u2066\u200F")).isEqualTo("abc\\u202Eexe.txt\\u2066\\u200F");
    }

    @Test
    void anEscapeCountsAsOneCharacterOfTheLimit() {
        String shown = Display.quote("\n".repeat(100));
        assertThat(shown).isEqualTo("\\u000A".repeat(64) + "\u2026");
    }
}
