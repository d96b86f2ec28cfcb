package io.assistconf.servlet;

import static io.assistconf.servlet.Http.echo;
import static io.assistconf.servlet.Http.echoedBody;
import static io.assistconf.servlet.Http.fixture;
import static io.assistconf.servlet.Http.request;
import static io.assistconf.servlet.Http.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.gateway.Forwarding;
import io.assistconf.gateway.Mode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Report-only mode and original forwarding: the backend receives the bytes and the query as they were sent. */
class ReportOnlyAndOriginalTest {

    @Test
    void reportOnlyForwardsInvalidAndValidRequestsAsTheyCame() throws Exception {
        try (JettyServer server = JettyServer.with(AssistConfFilter.builder().mode(Mode.REPORT_ONLY).build())) {
            byte[] invalid = fixture("burki/invalid/create-name-missing.json");
            JsonNode echo = echo(send(request(server, "POST", "/api/v1/assistants", "application/json", invalid)
                    .build()));
            assertThat(echoedBody(echo)).isEqualTo(invalid);
            assertThat(echo.get("contentLength").asLong()).isEqualTo(invalid.length);

            byte[] camel = fixture("freddy/supplement-update-camel-case.json");
            assertThat(echoedBody(echo(send(request(server, "PUT", "/v1/assistants/a", "application/json", camel)
                    .header("X-Echo-Read", "reader").build())))).isEqualTo(camel);

            byte[] notJson = "name=x".getBytes(StandardCharsets.UTF_8);
            JsonNode form = echo(send(request(server, "POST", "/assistants/", "application/x-www-form-urlencoded",
                    notJson).build()));
            assertThat(echoedBody(form)).isEqualTo(notJson);

            JsonNode query = echo(send(request(server, "GET", "/v1/assistants?limit=0&sortBy=name", null, null)
                    .build()));
            assertThat(query.get("query").asString()).isEqualTo("limit=0&sortBy=name");
            assertThat(query.get("parameters").get("sortBy").get(0).asString()).isEqualTo("name");
            assertThat(server.backend().received()).isEqualTo(4);
        }
    }

    @Test
    void originalForwardingChecksAndSendsTheBytesUntouched() throws Exception {
        try (JettyServer server = JettyServer.with(AssistConfFilter.builder().forwarding(Forwarding.ORIGINAL)
                .build())) {
            byte[] camel = fixture("freddy/supplement-update-camel-case.json");
            assertThat(echoedBody(echo(send(request(server, "PUT", "/v1/assistants/a", "application/json", camel)
                    .build())))).isEqualTo(camel);
            JsonNode query = echo(send(request(server, "GET", "/api/v1/assistants?limit=5", null, null).build()));
            assertThat(query.get("query").asString()).isEqualTo("limit=5");
            int before = server.backend().received();
            assertThat(send(request(server, "POST", "/v1/assistants", "application/json", "{}".getBytes()).build())
                    .statusCode()).isEqualTo(400);
            assertThat(server.backend().received()).isEqualTo(before);
        }
    }

    @Test
    void withoutDefaultsOnlyTheSpellingChanges() throws Exception {
        try (JettyServer server = JettyServer.with(AssistConfFilter.builder()
                .forwarding(Forwarding.CANONICAL_WITHOUT_DEFAULTS).build())) {
            String received = new String(echoedBody(echo(send(request(server, "PATCH", "/v1/assistants/a",
                    "application/json", "{\"topP\": 0.5}".getBytes()).build()))), StandardCharsets.UTF_8);
            assertThat(received).isEqualTo("{\"top_p\":0.5}");
        }
    }
}
