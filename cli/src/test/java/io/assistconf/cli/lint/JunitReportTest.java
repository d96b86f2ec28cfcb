package io.assistconf.cli.lint;

import static io.assistconf.cli.lint.Lint.run;
import static io.assistconf.cli.lint.Lint.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.cli.lint.Lint.Run;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code lint --format junit}: JUnit XML that the JDK's parser reads back with the right counts and text. */
class JunitReportTest {

    @TempDir
    Path dir;

    @Test
    void oneTestCasePerFileWithFailuresWarningsSkippedAndUnreadable() throws Exception {
        write(dir.resolve("a.json"), Lint.FREDDY_CREATE_INVALID);
        write(dir.resolve("b.json"), Lint.FREDDY_CREATE_WARNED);
        write(dir.resolve("c.json"), Lint.freddyCreate("C", "org_1"));
        write(dir.resolve("tsconfig.json"), Lint.TSCONFIG);
        Run run = run(dir, "--kind", "create", "--format", "junit", ".", "missing.json");
        assertThat(run.err()).isEmpty();
        Document xml = parse(run.out());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        NodeList suiteList = suites.getElementsByTagName("testsuite");
        assertThat(suiteList.getLength()).isEqualTo(1);
        for (Element counted : List.of(suites, (Element) suiteList.item(0))) {
            assertThat(counted.getAttribute("tests")).isEqualTo("5");
            assertThat(counted.getAttribute("failures")).isEqualTo("1");
            assertThat(counted.getAttribute("errors")).isEqualTo("1");
            assertThat(counted.getAttribute("skipped")).isEqualTo("1");
            assertThat(counted.getAttribute("time")).matches("\\d+\\.\\d{3}");
        }
        List<Element> cases = elements(xml, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("a.json", "b.json", "c.json", "missing.json", "tsconfig.json");
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsExactly("assistconf.freddy.create",
                "assistconf.freddy.create", "assistconf.freddy.create", "assistconf", "assistconf");

        Element failure = child(cases.get(0), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo("1 error");
        assertThat(failure.getAttribute("type")).isEqualTo("out_of_range");
        assertThat(failure.getTextContent()).isEqualTo(
                "a.json:5:3: error out_of_range: must be between 0 and 2 (inclusive) (at /temperature)\n");
        assertThat(cases.get(1).getElementsByTagName("failure").getLength()).isZero();
        assertThat(child(cases.get(1), "system-out").getTextContent()).isEqualTo(
                "b.json:5:3: warning unknown_property: unknown property 'colour' (at /colour)\n");
        assertThat(cases.get(2).getChildNodes().getLength()).as("a valid file: an empty test case").isEqualTo(1);
        assertThat(child(cases.get(3), "error").getTextContent())
                .isEqualTo("missing.json: error unreadable_input: no such file or folder\n");
        assertThat(child(cases.get(4), "skipped").getAttribute("message")).isEqualTo("not an assistant config");
    }

    @Test
    void markupIsEscapedAndWhatXmlCannotCarryIsDropped() throws Exception {
        String name = "<a href=\"x\">&amp;'\u0001\uFFFF]]>.json";
        write(dir.resolve(name), Lint.FREDDY_CREATE_INVALID.replace("\"temperature\"", "\"te<&>mp\""));
        Run run = run(dir, "--kind", "create", "--format", "junit");
        Element testcase = elements(parse(run.out()), "testcase").get(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("<a href=\"x\">&amp;']]>.json");
        assertThat(child(testcase, "system-out").getTextContent())
                .contains("warning unknown_property: unknown property 'te<&>mp' (at /te<&>mp)")
                .startsWith("<a href=\"x\">&amp;'\\u0001\uFFFF]]>.json:5:3:".replace("\uFFFF", ""));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document xml, String tag) {
        NodeList nodes = xml.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as("<%s> in %s", tag, parent.getAttribute("name")).isEqualTo(1);
        return (Element) nodes.item(0);
    }
}
