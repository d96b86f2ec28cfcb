package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --format github}: workflow commands that no file name, key or message can break out of. */
class GithubReportTest {

    @TempDir
    Path dir;

    @Test
    void oneCommandPerViolationThenThoseAcrossFilesThenTheSummary() {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("b.json"), Lint.freddyCreate("Same", "org_1"));
        write(dir.resolve("c.json"), Lint.freddyCreate("Same", "org_1"));
        write(dir.resolve("tsconfig.json"), Lint.TSCONFIG);
        Run run = run(dir, "--kind", "create", "--format", "github", ".", "missing.json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.lines()).containsExactly(
                "::error file=a.json,line=5,col=3,title=out_of_range::must be between 0 and 2 (inclusive)"
                        + " (at /temperature)",
                "::error file=missing.json,title=unreadable_input::no such file or folder",
                "::warning file=b.json,line=2,col=3,title=duplicate_name::the name 'Same' is also the name of"
                        + " another freddy create body (c.json) of organization 'org_1' (at /name)",
                "::warning file=c.json,line=2,col=3,title=duplicate_name::the name 'Same' is also the name of"
                        + " another freddy create body (b.json) of organization 'org_1' (at /name)");
        assertThat(run.summary()).endsWith("1 skipped, 1 not checked; 2 errors, 2 warnings");
    }

    @Test
    void noFileNameKeyOrMessageStartsACommandOfItsOwn() {
        String evil = "x,title=y:z%25\n::error file=owned::gotcha\r::warning::";
        write(dir.resolve(evil + ".json"), Lint.FREDDY_CREATE_WARNED.replace("colour", "50%,a:b\\n::error::x"));
        Run run = run(dir, "--kind", "create", "--format", "github");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("\r"));
        assertThat(run.lines()).containsExactly("::warning file=x%2Ctitle=y%3Az%2525%0A%3A%3Aerror file=owned%3A%3Agotcha"
                + "%0D%3A%3Awarning%3A%3A.json,line=5,col=3,title=unknown_property::unknown property"
                + " '50%25,a:b\\u000A::error::x' (at /50%25,a:b\\u000A::error::x)");
    }
}
