package io.assistconf.example.gateway;

import io.assistconf.gateway.Mode;
import io.assistconf.servlet.AssistConfFilter;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A minimal gateway: Jetty on loopback with the assistconf filter in front of a {@link StubBackend}. The documented
 * endpoints of every API are enforced at their own paths, and the same endpoints under {@code /shadow} are checked
 * in report-only mode (forwarded as they came, the violations logged).
 */
public final class GatewayExample {

    /** Where the report-only copy of the routes is mounted. */
    public static final String SHADOW = "/shadow";

    private GatewayExample() {
    }

    /** {@code java -jar gateway-example.jar [port]}: port 8080 unless given; 0 picks a free one. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Server server = start(port, true);
        System.out.println("assistconf gateway example on http://127.0.0.1:" + port(server)
                + " (enforcing; report-only under " + SHADOW + "), Ctrl-C to stop");
        server.join();
    }

    /** Starts Jetty on 127.0.0.1:{@code port}, with the filters or, to compare, without them. */
    public static Server start(int port, boolean filtered) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        if (filtered) {
            EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
            context.addFilter(new FilterHolder(AssistConfFilter.builder().build()), "/*", requests);
            context.addFilter(new FilterHolder(AssistConfFilter.builder().prefix(SHADOW)
                    .mode(Mode.REPORT_ONLY).build()), SHADOW + "/*", requests);
        }
        context.addServlet(new ServletHolder(new StubBackend()), "/*");
        server.setHandler(context);
        server.start();
        return server;
    }

    /** The port the server listens on. */
    public static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }
}
