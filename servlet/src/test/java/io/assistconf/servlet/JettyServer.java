package io.assistconf.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** An embedded Jetty 12 on a loopback port chosen at start: a filter in front of an {@link EchoServlet}. */
final class JettyServer implements AutoCloseable {

    /** Jetty's own default. */
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Server server;
    private final ServerConnector connector;
    private final EchoServlet backend = new EchoServlet();

    private JettyServer(FilterHolder filter, Duration idleTimeout) throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setIdleTimeout(idleTimeout.toMillis());
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(backend), "/*");
        server.setHandler(context);
        server.start();
    }

    /** Jetty with {@code filter}, configured in code, in front of the backend. */
    static JettyServer with(Filter filter) throws Exception {
        return with(filter, DEFAULT_IDLE_TIMEOUT);
    }

    /** Jetty with {@code filter} in front of the backend, closing a connection idle for {@code idleTimeout}. */
    static JettyServer with(Filter filter, Duration idleTimeout) throws Exception {
        return new JettyServer(new FilterHolder(filter), idleTimeout);
    }

    /** Jetty with a filter the container creates and configures with these init parameters. */
    static JettyServer withInitParameters(Map<String, String> parameters) throws Exception {
        FilterHolder holder = new FilterHolder(AssistConfFilter.class);
        holder.setInitParameters(parameters);
        return new JettyServer(holder, DEFAULT_IDLE_TIMEOUT);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + pathAndQuery);
    }

    int port() {
        return connector.getLocalPort();
    }

    EchoServlet backend() {
        return backend;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
