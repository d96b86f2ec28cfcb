package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.assistconf.internal.schema.SchemaFiles;
import io.assistconf.internal.validate.SchemaValidator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Schemas resolve from the classpath; nothing is ever fetched. */
class NoNetworkTest {

    @Test
    void everyKindCompilesFromTheClasspath() {
        assertThat(Checks.LENIENT.kinds(Variant.FREDDY)).containsExactly(Kind.OBJECT, Kind.CREATE, Kind.UPDATE,
                Kind.LIST_QUERY, Kind.LIST_RESPONSE, Kind.ERROR);
        assertThat(Checks.LENIENT.kinds(Variant.COGSOL)).containsExactly(Kind.OBJECT, Kind.CREATE, Kind.UPDATE,
                Kind.ERROR);
    }

    @Test
    void aRemoteReferenceIsNotFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"object\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/schema.json";
            assertThatThrownBy(() -> new SchemaValidator().compile(remote)).isInstanceOf(RuntimeException.class);
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void schemaIdsOutsideTheProjectAreRefused() {
        assertThatThrownBy(() -> new SchemaFiles().document("https://elsewhere.invalid/x.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside");
    }
}
