package io.assistconf.conformance;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.everit.json.schema.loader.SchemaClient;

/**
 * An everit {@link SchemaClient} that serves {@code https://assistconf.io/schemas/...} from the classpath
 * under {@code assistconf/schemas/...} and refuses every other address, so that nothing is ever fetched
 * from the network. Records what it served.
 */
final class ClasspathSchemaClient implements SchemaClient {

    static final String ID_PREFIX = "https://assistconf.io/schemas/";
    static final String CLASSPATH_PREFIX = "assistconf/schemas/";

    private final List<String> served = new CopyOnWriteArrayList<>();

    @Override
    public InputStream get(String url) {
        String address = url.indexOf('#') < 0 ? url : url.substring(0, url.indexOf('#'));
        if (!address.startsWith(ID_PREFIX) || address.contains("..")) {
            throw new IllegalArgumentException("refusing to fetch " + url + ": only " + ID_PREFIX + "... is served");
        }
        String resource = CLASSPATH_PREFIX + address.substring(ID_PREFIX.length());
        InputStream in = ClasspathSchemaClient.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no schema on the classpath at " + resource + " for " + url);
        }
        served.add(address);
        return in;
    }

    /** The addresses served so far, in order, without fragments. */
    List<String> served() {
        return List.copyOf(served);
    }
}
