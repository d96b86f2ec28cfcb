package io.assistconf.servlet;

import io.assistconf.Catalogue;
import io.assistconf.Limits;
import io.assistconf.Variant;
import io.assistconf.gateway.ErrorFormat;
import io.assistconf.gateway.Forwarding;
import io.assistconf.gateway.Mode;
import io.assistconf.gateway.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The init parameters of an {@link AssistConfFilter} configured in the deployment. Each is optional; a parameter
 * starting {@code assistconf.} that is not one of these fails {@code init}, so that a misspelt one is not ignored.
 *
 * <table>
 * <caption>Init parameters</caption>
 * <tr><th>name</th><th>value</th><th>default</th></tr>
 * <tr><td>{@value #VARIANTS}</td><td>variant ids, comma-separated: {@code freddy}, {@code cogsol},
 * {@code burki}</td><td>all</td></tr>
 * <tr><td>{@value #ROUTES}</td><td>a route table in the text format of {@link Routes#parse}, replacing the
 * shipped one</td><td>{@link Routes#defaults()}</td></tr>
 * <tr><td>{@value #PREFIX}</td><td>the path the routes are mounted under, such as {@code /edge}</td><td>none</td></tr>
 * <tr><td>{@value #STRICT}</td><td>{@code true} or {@code false}: unknown properties are errors</td>
 * <td>{@code false}</td></tr>
 * <tr><td>{@value #MODE}</td><td>{@code enforce} or {@code report-only}</td><td>{@code enforce}</td></tr>
 * <tr><td>{@value #ERROR_FORMAT}</td><td>{@code native} (each API's own) or {@code problem-json}</td>
 * <td>{@code native}</td></tr>
 * <tr><td>{@value #FORWARDING}</td><td>{@code canonical}, {@code canonical-without-defaults} or
 * {@code original}</td><td>{@code canonical}</td></tr>
 * <tr><td>{@value #CATALOGUE}</td><td>the file path of a catalogue in JSON ({@link Catalogue#parse})</td>
 * <td>none</td></tr>
 * <tr><td>{@value #TRACE_HEADER}</td><td>the request header a trace id is read from</td>
 * <td>{@code X-Request-Id}</td></tr>
 * <tr><td>{@value #OWN_UNKNOWN_ROUTES}</td><td>{@code true} or {@code false}: refuse unknown routes near the
 * table's with 404/405</td><td>{@code false}</td></tr>
 * <tr><td>{@value #MAX_BODY_BYTES}, {@value #MAX_DEPTH}, {@value #MAX_STRING_LENGTH}, {@value #MAX_NAME_LENGTH},
 * {@value #MAX_NAME_CHARACTERS}, {@value #MAX_NUMBER_LENGTH}, {@value #MAX_NODES}, {@value #MAX_VIOLATIONS}</td>
 * <td>positive whole numbers: the
 * {@link Limits} of a request (the body limit is {@link Limits#maxDocumentBytes()})</td>
 * <td>{@link Limits#DEFAULTS}</td></tr>
 * </table>
 */
public final class InitParameters {

    public static final String VARIANTS = "assistconf.variants";
    public static final String ROUTES = "assistconf.routes";
    public static final String PREFIX = "assistconf.prefix";
    public static final String STRICT = "assistconf.strict";
    public static final String MODE = "assistconf.mode";
    public static final String ERROR_FORMAT = "assistconf.error-format";
    public static final String FORWARDING = "assistconf.forwarding";
    public static final String CATALOGUE = "assistconf.catalogue";
    public static final String TRACE_HEADER = "assistconf.trace-header";
    public static final String OWN_UNKNOWN_ROUTES = "assistconf.own-unknown-routes";
    public static final String MAX_BODY_BYTES = "assistconf.max-body-bytes";
    public static final String MAX_DEPTH = "assistconf.max-depth";
    public static final String MAX_STRING_LENGTH = "assistconf.max-string-length";
    public static final String MAX_NAME_LENGTH = "assistconf.max-name-length";
    public static final String MAX_NAME_CHARACTERS = "assistconf.max-name-characters";
    public static final String MAX_NUMBER_LENGTH = "assistconf.max-number-length";
    public static final String MAX_NODES = "assistconf.max-nodes";
    public static final String MAX_VIOLATIONS = "assistconf.max-violations";

    private static final String OWN_PREFIX = "assistconf.";

    /** How each limit parameter changes the limits. */
    private static final Map<String, LimitSetter> LIMITS = limitSetters();

    private static final List<String> NAMES = names();

    private InitParameters() {
    }

    /** Every init parameter the filter reads, in the order of the table above. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(VARIANTS, ROUTES, PREFIX, STRICT, MODE, ERROR_FORMAT, FORWARDING,
                CATALOGUE, TRACE_HEADER, OWN_UNKNOWN_ROUTES));
        names.addAll(limitSetters().keySet());
        return List.copyOf(names);
    }

    /**
     * The filter options these parameters give.
     *
     * @throws IllegalArgumentException naming the first parameter that is unknown or whose value is bad
     */
    static AssistConfFilter.Builder read(Collection<String> given, UnaryOperator<String> value) {
        refuseUnknown(given);
        AssistConfFilter.Builder builder = AssistConfFilter.builder();
        Parameter variants = Parameter.of(VARIANTS, value);
        if (variants.given()) {
            builder.variants(variants.each(text -> variants.choice(text, Variant.values(), Variant::id)));
        }
        Parameter routes = Parameter.of(ROUTES, value);
        if (routes.given()) {
            builder.routes(routes.parsed(Routes::parse));
        }
        Parameter prefix = Parameter.of(PREFIX, value);
        if (prefix.given()) {
            builder.prefix(prefix.parsed(InitParameters::pathPrefix));
        }
        Parameter.of(STRICT, value).ifGiven(strict -> builder.strict(strict.bool()));
        Parameter.of(MODE, value).ifGiven(mode -> builder.mode(mode.choice(Mode.values())));
        Parameter.of(ERROR_FORMAT, value).ifGiven(format -> builder.errorFormat(format.choice(ErrorFormat.values())));
        Parameter.of(FORWARDING, value).ifGiven(forwarding -> builder.forwarding(
                forwarding.choice(Forwarding.values())));
        Parameter.of(CATALOGUE, value).ifGiven(catalogue -> builder.catalogue(
                catalogue.parsed(InitParameters::catalogue)));
        Parameter.of(TRACE_HEADER, value).ifGiven(header -> builder.traceHeader(header.parsed(InitParameters::token)));
        Parameter.of(OWN_UNKNOWN_ROUTES, value).ifGiven(own -> builder.ownUnknownRoutes(own.bool()));
        Limits limits = Limits.DEFAULTS;
        for (Map.Entry<String, LimitSetter> limit : LIMITS.entrySet()) {
            Parameter parameter = Parameter.of(limit.getKey(), value);
            if (parameter.given()) {
                long number = parameter.positive();
                Limits current = limits;
                limits = parameter.parsed(text -> limit.getValue().set(current, number));
            }
        }
        return builder.limits(limits);
    }

    /** Fails for any parameter of the filter's: a filter configured in code would ignore them. */
    static void refuseAny(Collection<String> given) {
        for (String name : given) {
            if (name.startsWith(OWN_PREFIX)) {
                throw new IllegalArgumentException("init parameter '" + name + "' is set, but this filter was"
                        + " configured in code and reads no init parameter; configure it in one place");
            }
        }
    }

    private static void refuseUnknown(Collection<String> given) {
        for (String name : given) {
            if (name.startsWith(OWN_PREFIX) && !NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown init parameter '" + name + "'; known: "
                        + String.join(", ", NAMES));
            }
        }
    }

    private static String pathPrefix(String text) {
        if (!text.startsWith("/") || text.contains("?") || text.contains("#") || text.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("expected a path starting with '/', without spaces, '?' or '#'");
        }
        return text;
    }

    private static String token(String text) {
        if (!text.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException("expected an HTTP header name");
        }
        return text;
    }

    private static Catalogue catalogue(String path) {
        try {
            return Catalogue.parse(Files.readString(Path.of(path)));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException("the catalogue file could not be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    private static Map<String, LimitSetter> limitSetters() {
        Map<String, LimitSetter> setters = new LinkedHashMap<>();
        setters.put(MAX_BODY_BYTES, Limits::withMaxDocumentBytes);
        setters.put(MAX_DEPTH, (limits, value) -> limits.withMaxDepth(Math.toIntExact(value)));
        setters.put(MAX_STRING_LENGTH, (limits, value) -> limits.withMaxStringLength(Math.toIntExact(value)));
        setters.put(MAX_NAME_LENGTH, (limits, value) -> limits.withMaxNameLength(Math.toIntExact(value)));
        setters.put(MAX_NAME_CHARACTERS, (limits, value) -> limits.withMaxNameCharacters(Math.toIntExact(value)));
        setters.put(MAX_NUMBER_LENGTH, (limits, value) -> limits.withMaxNumberLength(Math.toIntExact(value)));
        setters.put(MAX_NODES, (limits, value) -> limits.withMaxNodes(Math.toIntExact(value)));
        setters.put(MAX_VIOLATIONS, (limits, value) -> limits.withMaxViolations(Math.toIntExact(value)));
        return setters;
    }

    private interface LimitSetter {
        Limits set(Limits limits, long value);
    }

    /** One init parameter: its name and its value, trimmed, or null when it is not set. */
    private record Parameter(String name, String value) {

        static Parameter of(String name, UnaryOperator<String> lookup) {
            String value = lookup.apply(name);
            return new Parameter(name, value == null || value.isBlank() ? null : value.strip());
        }

        boolean given() {
            return value != null;
        }

        void ifGiven(Consumer<Parameter> action) {
            if (given()) {
                action.accept(this);
            }
        }

        boolean bool() {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad("true or false");
            };
        }

        long positive() {
            try {
                long number = Long.parseLong(value);
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad("a whole number of at least 1");
        }

        /** One of the constants, named in lower case with '-' for '_' ({@code report-only}). */
        <E extends Enum<E>> E choice(E[] constants) {
            return choice(value, constants, constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }

        <E> E choice(String text, E[] constants, Function<E, String> idOf) {
            String id = text.toLowerCase(Locale.ROOT);
            return Arrays.stream(constants).filter(constant -> idOf.apply(constant).equals(id)).findFirst()
                    .orElseThrow(() -> bad("one of " + String.join(", ", Arrays.stream(constants).map(idOf).toList())));
        }

        Variant[] each(Function<String, Variant> item) {
            Variant[] items = Arrays.stream(value.split(",")).map(String::strip).filter(text -> !text.isEmpty())
                    .map(item).toArray(Variant[]::new);
            if (items.length == 0) {
                throw bad("at least one variant id");
            }
            return items;
        }

        /** The value read by {@code reader}, whose IllegalArgumentException says what is wrong with it. */
        <T> T parsed(Function<String, T> reader) {
            try {
                return reader.apply(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("init parameter '" + name + "': " + e.getMessage()
                        + " (was '" + shown() + "')", e);
            } catch (ArithmeticException e) {
                throw bad("a number of at most " + Integer.MAX_VALUE);
            }
        }

        private IllegalArgumentException bad(String expected) {
            return new IllegalArgumentException("init parameter '" + name + "': expected " + expected + ", was '"
                    + shown() + "'");
        }

        /** The value for a message: one line, cut short, so that a pasted table or file does not flood the log. */
        private String shown() {
            String line = value.lines().findFirst().orElse("");
            return line.length() > 60 || value.contains("\n") ? line.substring(0, Math.min(60, line.length())) + "..."
                    : line;
        }
    }
}
