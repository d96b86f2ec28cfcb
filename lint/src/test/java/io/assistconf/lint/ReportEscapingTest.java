package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each report format escapes, so that no file name, key or message breaks its syntax. */
class ReportEscapingTest {

    @Test
    void githubEscapingFollowsTheWorkflowCommandSyntax() {
        assertThat(GithubReport.data("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext: a,b");
        assertThat(GithubReport.property("100% done\r\nnext: a,b")).isEqualTo("100%25 done%0D%0Anext%3A a%2Cb");
        assertThat(GithubReport.property("%3A")).isEqualTo("%253A");
    }

    @Test
    void junitEscapesMarkupAndDropsWhatXmlCannotCarry() {
        assertThat(JunitReport.attribute("a\tb\r\nc\"\uD800")).isEqualTo("a&#9;b&#13;&#10;c&quot;");
        assertThat(JunitReport.text("a\r\n\u0000b\uDFFF\uD83D\uDE00")).isEqualTo("a&#13;\nb\uD83D\uDE00");
    }

    @Test
    void sarifFingerprintsTellCodeFileAndPointerApart() {
        assertThat(SarifReport.fingerprint("out_of_range", "a.json", "/temperature")).hasSize(32)
                .isNotEqualTo(SarifReport.fingerprint("out_of_range", "a.json", "/top_p"))
                .isNotEqualTo(SarifReport.fingerprint("out_of_range", "b.json", "/temperature"))
                .isNotEqualTo(SarifReport.fingerprint("invalid_type", "a.json", "/temperature"));
    }

    @Test
    void sarifFileNamesArePercentEncodedRelativeUris() {
        assertThat(SarifReport.relativeUri("dir/a b#?%ä:.json")).isEqualTo("dir/a%20b%23%3F%25%C3%A4%3A.json");
    }
}
