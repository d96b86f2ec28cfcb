package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every public constructor and method of the API package, given null for a reference parameter, throws a
 * {@link NullPointerException} whose message is that parameter's name (never a bare one from the JDK), unless
 * the parameter is documented to take null. The API is found by reflection, so a new method cannot be missed.
 */
class PublicApiNullTest {

    private static final Path API_CLASSES = Path.of("target/classes/io/assistconf");

    /** Parameters whose documentation gives null a meaning. */
    private static final Set<String> NULLABLE = Set.of("AssistConf.checkDocuments(variant)",
            "AssistConf.checkDocuments(kind)");

    @TestFactory
    Stream<DynamicTest> everyReferenceParameterRefusesNullByName() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : apiTypes()) {
            for (Executable entry : entryPoints(type)) {
                Parameter[] parameters = entry.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    String name = type.getSimpleName() + "." + entry.getName().replaceFirst(".*\\.", "") + "("
                            + parameters[i].getName() + ")";
                    if (!parameters[i].getType().isPrimitive() && !NULLABLE.contains(name)) {
                        int nullAt = i;
                        tests.add(DynamicTest.dynamicTest(name, () -> assertRefusesNull(type, entry, nullAt)));
                    }
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theWalkFindsTheEntryPointsOfIssue13() throws IOException {
        List<String> walked = everyReferenceParameterRefusesNullByName().map(DynamicTest::getDisplayName).toList();
        assertThat(walked).contains("Input.json(text)", "Input.of(file)", "Input.query(parameters)",
                "AssistConf.check(input)", "Builder.limits(limits)", "Builder.add(reference)", "Catalogue.parse(json)");
    }

    private static void assertRefusesNull(Class<?> type, Executable entry, int nullAt) throws Exception {
        Object[] arguments = new Object[entry.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = i == nullAt ? null : sample(entry.getParameterTypes()[i]);
        }
        String parameter = entry.getParameters()[nullAt].getName();
        try {
            if (entry instanceof Constructor<?> constructor) {
                constructor.newInstance(arguments);
            } else {
                Method method = (Method) entry;
                method.invoke(Modifier.isStatic(method.getModifiers()) ? null : sample(type), arguments);
            }
            fail("null accepted for '" + parameter + "'; refuse it, or document what null means and list it in NULLABLE");
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).isInstanceOf(NullPointerException.class).hasMessage(parameter);
        }
    }

    /** The public classes of the API package (nested ones included). */
    private static List<Class<?>> apiTypes() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(API_CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName("io.assistconf." + name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    /**
     * The public constructors and methods a type declares, less what the compiler writes ({@code Enum.valueOf}
     * throws the JDK's "Name is null") and {@code equals}, which takes null.
     */
    private static List<Executable> entryPoints(Class<?> type) {
        List<Executable> entries = new ArrayList<>(List.of(type.getConstructors()));
        for (Method method : type.getDeclaredMethods()) {
            boolean enumGenerated = type.isEnum() && method.getName().equals("valueOf") && method.getParameterCount() == 1;
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge() && !enumGenerated
                    && !method.getName().equals("equals")) {
                entries.add(method);
            }
        }
        return entries;
    }

    /** A valid value of a parameter or receiver type; a type without one fails, so that one gets added. */
    private static Object sample(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Object value = samples().get(type);
        if (value == null) {
            fail("no sample " + type.getName() + ": add one to PublicApiNullTest.samples()");
        }
        return value;
    }

    private static Map<Class<?>, Object> samples() {
        AssistConf assistconf = AssistConf.create();
        return Map.ofEntries(Map.entry(int.class, 1), Map.entry(long.class, 1L), Map.entry(boolean.class, true),
                Map.entry(String.class, "x"), Map.entry(byte[].class, new byte[0]),
                Map.entry(InputStream.class, new ByteArrayInputStream(new byte[0])),
                Map.entry(Path.class, Path.of("payload.json")), Map.entry(Map.class, Map.of()),
                Map.entry(Collection.class, List.of()), Map.entry(JsonNode.class, JsonNodeFactory.instance.objectNode()),
                Map.entry(Input.class, Input.json("{}")), Map.entry(Limits.class, Limits.DEFAULTS),
                Map.entry(Catalogue.class, Catalogue.NONE), Map.entry(AssistConf.class, assistconf),
                Map.entry(AssistConf.Builder.class, AssistConf.builder()),
                Map.entry(Catalogue.Builder.class, Catalogue.builder()),
                Map.entry(Result.class, assistconf.check(Variant.FREDDY, Kind.OBJECT, Input.json("{}"))),
                Map.entry(Violation.class, Code.PARSE_ERROR.at("", "x")));
    }
}
