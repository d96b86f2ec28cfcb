package io.assistconf.servlet;

import static io.assistconf.servlet.Http.echo;
import static io.assistconf.servlet.Http.echoedBody;
import static io.assistconf.servlet.Http.fixture;
import static io.assistconf.servlet.Http.json;
import static io.assistconf.servlet.Http.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assistconf.Variant;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter configured by init parameters, in Jetty and alone; a bad parameter fails init naming it. */
class InitParametersTest {

    @Test
    void theParametersConfigureTheFilterInJetty() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(InitParameters.VARIANTS, "burki, cogsol");
        parameters.put(InitParameters.PREFIX, "/edge");
        parameters.put(InitParameters.STRICT, "true");
        parameters.put(InitParameters.MAX_BODY_BYTES, "1000");
        try (JettyServer server = JettyServer.withInitParameters(parameters)) {
            byte[] minimal = fixture("burki/003-create-minimal.json");
            assertThat(echoedBody(echo(json(server, "POST", "/edge/api/v1/assistants", minimal)))).isNotEmpty();
            byte[] misspelt = "{\"name\": \"x\", \"nme\": 1}".getBytes();
            BurkiErrors.assertHasCode(rejected(json(server, "POST", "/edge/api/v1/assistants", misspelt), Variant.BURKI,
                    422), "unknown_property");
            rejected(json(server, "POST", "/edge/assistants/", new byte[1001]), Variant.COGSOL, 413);
            byte[] notAnAssistant = "{}".getBytes();
            assertThat(echoedBody(echo(json(server, "POST", "/api/v1/assistants", notAnAssistant))))
                    .as("not under the prefix").isEqualTo(notAnAssistant);
            assertThat(echoedBody(echo(json(server, "POST", "/edge/v1/assistants", notAnAssistant))))
                    .as("Freddy's routes are not kept").isEqualTo(notAnAssistant);
        }
    }

    @Test
    void aRouteTableAndACatalogueAreRead(@TempDir Path folder) throws Exception {
        Path catalogue = folder.resolve("catalogue.json");
        Files.writeString(catalogue, "{\"model\": {\"gpt-4o\": \"openai\"}}");
        AssistConfFilter filter = new AssistConfFilter();
        filter.init(config(Map.of(InitParameters.ROUTES, "# ours\nPOST /agents burki create\n",
                InitParameters.CATALOGUE, catalogue.toString(), InitParameters.MODE, "report-only",
                InitParameters.ERROR_FORMAT, "problem-json", InitParameters.FORWARDING, "canonical-without-defaults",
                InitParameters.TRACE_HEADER, "X-Trace", InitParameters.OWN_UNKNOWN_ROUTES, "true")));
        assertThat(filter.checker().routes().toString()).isEqualTo("POST /agents burki create\n");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "assistconf.mode|shadow|init parameter 'assistconf.mode': expected one of enforce, report-only, was 'shadow'",
        "assistconf.strict|yes|init parameter 'assistconf.strict': expected true or false, was 'yes'",
        "assistconf.variants|freddy,grok|init parameter 'assistconf.variants': expected one of freddy, cogsol, burki",
        "assistconf.max-body-bytes|-5|init parameter 'assistconf.max-body-bytes': expected a whole number of at"
                + " least 1",
        "assistconf.max-depth|501|init parameter 'assistconf.max-depth': maxDepth must be at most 500, was 501",
        "assistconf.routes|POST /x freddy|init parameter 'assistconf.routes': route table line 1: expected 4 columns",
        "assistconf.prefix|edge|init parameter 'assistconf.prefix': expected a path starting with '/'",
        "assistconf.forwarding|canon|init parameter 'assistconf.forwarding': expected one of canonical,"
                + " canonical-without-defaults, original, was 'canon'",
        "assistconf.catalogue|/no/such/file.json|init parameter 'assistconf.catalogue': the catalogue file could"
                + " not be read",
        "assistconf.trace-header|X Trace|init parameter 'assistconf.trace-header': expected an HTTP header name",
        "assistconf.error_format|native|unknown init parameter 'assistconf.error_format'; known: assistconf.variants,"
    })
    void aBadParameterFailsInitNamingIt(String name, String value, String message) {
        AssistConfFilter filter = new AssistConfFilter();
        assertThatThrownBy(() -> filter.init(config(Map.of(name, value)))).isInstanceOf(ServletException.class)
                .hasMessageStartingWith("assistconf filter 'checked': " + message);
    }

    @Test
    void aFilterConfiguredInCodeRefusesParametersItWouldIgnore() {
        AssistConfFilter filter = AssistConfFilter.builder().build();
        assertThatThrownBy(() -> filter.init(config(Map.of(InitParameters.MODE, "enforce"))))
                .isInstanceOf(ServletException.class).hasMessageContaining("'assistconf.mode' is set, but this filter"
                        + " was configured in code");
    }

    @Test
    void otherParametersAreLeftToTheContainer() throws ServletException {
        AssistConfFilter filter = new AssistConfFilter();
        filter.init(config(Map.of("encoding", "utf-8")));
        assertThat(filter.checker().routes().routes()).isNotEmpty();
    }

    private static FilterConfig config(Map<String, String> parameters) {
        return new FilterConfig() {
            @Override
            public String getFilterName() {
                return "checked";
            }

            @Override
            public ServletContext getServletContext() {
                throw new UnsupportedOperationException("the filter needs no servlet context");
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        };
    }
}
