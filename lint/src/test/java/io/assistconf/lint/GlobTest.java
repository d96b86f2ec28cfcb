package io.assistconf.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *.json              | a.json                   | true
            *.json              | deep/down/a.json         | true
            *.json              | a.yaml                   | false
            drafts              | drafts/a.json            | true
            drafts              | x/drafts/y/a.json        | true
            drafts              | drafts.json              | false
            /drafts             | drafts/a.json            | true
            /drafts             | x/drafts/a.json          | false
            drafts/             | drafts/a.json            | true
            freddy/*.json       | freddy/a.json            | true
            freddy/*.json       | freddy/sub/a.json        | false
            freddy/*.json       | x/freddy/a.json          | false
            freddy/**/*.json    | freddy/a.json            | true
            freddy/**/*.json    | freddy/x/y/a.json        | true
            **/create/*.yaml    | create/a.yaml            | true
            **/create/*.yaml    | a/b/create/a.yaml        | true
            freddy/**           | freddy/x/a.json          | true
            ./freddy/*          | freddy/a.json            | true
            a?.json             | ab.json                  | true
            a?.json             | a/.json                  | false
            [ab].json           | b.json                   | true
            [!ab].json          | b.json                   | false
            [!ab].json          | c.json                   | true
            [a-c].json          | b.json                   | true
            *.{json,yaml}       | x/a.yaml                 | true
            *.{json,yaml}       | x/a.yml                  | false
            {freddy,burki}/**   | burki/a.json             | true
            {freddy,burki}/**   | cogsol/a.json            | false
            a\\*.json           | a*.json                  | true
            a\\*.json           | ab.json                  | false
            a.b                 | axb                      | false
            (x)+.json           | (x)+.json                | true
            [&&b].json          | &.json                   | true
            [&&b].json          | b.json                   | true
            [a-].json           | -.json                   | true
            []a].json           | ].json                   | true
            [\\E]]].json        | E]].json                 | true
            [\\p{L}].json       | x.json                   | false
            [\\p{L}].json       | p.json                   | true
            [é-ü].json          | ö.json                   | true
            """)
    void matchesAsDocumented(String glob, String path, boolean matches) {
        assertThat(Glob.of(glob).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *.json          | a.json          | true
            *.json          | sub/a.json      | false
            sub*            | sub/a.json      | true
            /abs/*.json     | /abs/a.json     | true
            ./x/*.json      | x/a.json        | true
            """)
    void aPathGlobIsTriedOnTheWholePathOnly(String glob, String path, boolean matches) {
        assertThat(Glob.ofPath(glob).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | an empty glob matches nothing
            /           | an empty glob matches nothing
            [ab.json    | '[' is not closed by ']'
            [a/b].json  | '[' is not closed by ']'
            {a,b.json   | '{' is not closed by '}'
            a}.json     | '}' without its '{'
            a\\         | '\\' at the end quotes nothing
            [z-a].json  | a '[...]' set has a range whose ends are out of order
            [F-8].json  | a '[...]' set has a range whose ends are out of order
            [a-[].json  | a '[...]' set has a range whose ends are out of order
            """)
    void aBrokenGlobSaysWhy(String glob, String message) {
        assertThatThrownBy(() -> Glob.of(glob)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
