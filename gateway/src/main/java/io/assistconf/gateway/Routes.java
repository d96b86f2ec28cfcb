package io.assistconf.gateway;

import io.assistconf.Kind;
import io.assistconf.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A route table: the endpoints a {@link RequestChecker} owns. Immutable and thread-safe. The shipped table,
 * {@link #defaults()}, is the text resource {@code io/assistconf/gateway/routes.txt}; a caller can read its
 * own table in the same format ({@link #parse}), keep the routes of some variants ({@link #only}), add or
 * override routes ({@link #plus}) and mount the whole table under a prefix ({@link #withPrefix}).
 *
 * <p>The text format has one route a line: method, path template, variant id and kind id ({@code -} for a
 * route that is known and not checked), separated by spaces; {@code #} starts a comment. {@link #toString()}
 * writes a table in that format.
 *
 * <p>Matching ignores one trailing {@code /} on either side, and a {@code {name}} segment matches any one
 * non-empty segment; when two routes match, the first in the table wins.
 */
public final class Routes {

    /** The kind column of a route that is not checked. */
    static final String UNCHECKED = "-";

    private static final String RESOURCE = "routes.txt";

    private final List<Route> routes;

    private Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * {@return the documented endpoints of every variant, as shipped}
     *
     * @throws IllegalStateException when the table is missing from the jar
     * @throws java.io.UncheckedIOException when the table cannot be read
     */
    public static Routes defaults() {
        try (InputStream in = Routes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the route table " + RESOURCE + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the route table " + RESOURCE + " could not be read", e);
        }
    }

    /**
     * {@return a table of these routes, in this order}
     *
     * @param routes the routes, the first of two that match a request winning
     */
    public static Routes of(List<Route> routes) {
        return new Routes(routes);
    }

    /**
     * Reads a table in the text format.
     *
     * @param table the text of the table, one route a line
     * @return the routes, in the order of the lines
     * @throws IllegalArgumentException naming the line of the first malformed route
     */
    public static Routes parse(String table) {
        List<Route> routes = new ArrayList<>();
        String[] lines = table.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int comment = lines[i].indexOf('#');
            String line = (comment < 0 ? lines[i] : lines[i].substring(0, comment)).strip();
            if (!line.isEmpty()) {
                routes.add(route(line, i + 1));
            }
        }
        return new Routes(routes);
    }

    private static Route route(String line, int number) {
        String[] columns = line.split("\\s+");
        if (columns.length != 4) {
            throw new IllegalArgumentException("route table line " + number + ": expected 4 columns (method, path"
                    + " template, variant, kind), found " + columns.length);
        }
        Variant variant = Variant.byId(columns[2]).orElseThrow(() -> new IllegalArgumentException(
                "route table line " + number + ": unknown variant '" + columns[2] + "'; known: "
                        + Arrays.stream(Variant.values()).map(Variant::id).toList()));
        Kind kind = columns[3].equals(UNCHECKED) ? null : Kind.byId(columns[3])
                .orElseThrow(() -> new IllegalArgumentException("route table line " + number + ": unknown kind '"
                        + columns[3] + "'; known: " + Arrays.stream(Kind.values()).map(Kind::id).toList()
                        + " or " + UNCHECKED));
        try {
            return new Route(columns[0], columns[1], variant, kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("route table line " + number + ": " + e.getMessage(), e);
        }
    }

    /** {@return every route, in table order} */
    public List<Route> routes() {
        return routes;
    }

    /**
     * {@return the routes of these variants only, in table order}
     *
     * @param variants the APIs whose routes are kept
     */
    public Routes only(Variant... variants) {
        Set<Variant> kept = Set.of(variants);
        return new Routes(routes.stream().filter(route -> kept.contains(route.variant())).toList());
    }

    /**
     * This table with {@code others} added: a route of the same method and template as one of this table
     * replaces it in place, the others come after this table's.
     *
     * @param others the routes to add or override
     * @return the merged table
     */
    public Routes plus(Routes others) {
        Map<String, Route> merged = new LinkedHashMap<>();
        routes.forEach(route -> merged.put(key(route), route));
        others.routes.forEach(route -> merged.put(key(route), route));
        return new Routes(new ArrayList<>(merged.values()));
    }

    /**
     * {@return every route of this table under {@code prefix}, for a service mounted at {@code /prefix}}
     *
     * @param prefix a path such as {@code /gateway}; a trailing {@code /} is dropped
     */
    public Routes withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return new Routes(routes.stream().map(route -> route.under(prefix)).toList());
    }

    /**
     * {@return the first route of {@code method} whose template matches {@code path}; empty when none does}
     *
     * @param method the request's HTTP method, in any case
     * @param path   the request's path, without query
     */
    public Optional<Route> find(String method, String path) {
        List<String> segments = segments(path);
        return routes.stream().filter(route -> route.method().equalsIgnoreCase(method)
                && matches(route.segments(), segments)).findFirst();
    }

    /**
     * {@return the methods of the routes whose template matches {@code path}, in table order, each once}
     *
     * @param path a request's path, without query
     */
    public List<String> methods(String path) {
        List<String> segments = segments(path);
        return routes.stream().filter(route -> matches(route.segments(), segments)).map(Route::method).distinct()
                .toList();
    }

    /**
     * The variant whose routes share the longest leading segments with {@code path} (the first route's on a
     * tie), to answer an unknown route in that API's format; empty for an empty table.
     */
    Optional<Variant> closestVariant(String path) {
        List<String> segments = segments(path);
        Route closest = null;
        int best = -1;
        for (Route route : routes) {
            int shared = shared(route.segments(), segments);
            if (shared > best) {
                best = shared;
                closest = route;
            }
        }
        return Optional.ofNullable(closest).map(Route::variant);
    }

    private static boolean matches(List<String> template, List<String> path) {
        return template.size() == path.size() && shared(template, path) == path.size();
    }

    /** How many leading segments of {@code path} the template matches. */
    private static int shared(List<String> template, List<String> path) {
        int n = Math.min(template.size(), path.size());
        for (int i = 0; i < n; i++) {
            String segment = template.get(i);
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            if (parameter ? path.get(i).isEmpty() : !segment.equals(path.get(i))) {
                return i;
            }
        }
        return n;
    }

    /** The segments after the leading {@code /}, without the empty one a trailing {@code /} gives. */
    static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }

    /** {@code template} under {@code prefix}, with one {@code /} between them. */
    static String joined(String prefix, String template) {
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        return base + template;
    }

    private static String key(Route route) {
        return route.method() + " " + String.join("/", route.segments());
    }

    /** The table in its text format, one route a line. */
    @Override
    public String toString() {
        return routes.stream().map(Route::toString).collect(Collectors.joining("\n", "", "\n"));
    }
}
