package io.assistconf.internal.check;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.assistconf.Kind;
import io.assistconf.Variant;
import io.assistconf.internal.schema.SchemaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.util.Properties;

/**
 * What assistconf needs of the libraries beside it, checked when an instance is built, so that a class path it
 * cannot run on gives one exception saying what to add instead of a {@link NoClassDefFoundError} deep in
 * Jackson or an instance that knows no schema (decisions J1, J2).
 */
public final class RuntimeRequirements {

    static final String ANNOTATIONS = "com.fasterxml.jackson.core:jackson-annotations";
    static final String SCHEMAS = "io.assistconf:assistconf-schemas";
    /** The {@code Implementation-Title} of jackson-annotations' manifest. */
    private static final String ANNOTATIONS_TITLE = "Jackson-annotations";

    private static final Properties BUILT_AGAINST = load();

    private RuntimeRequirements() {
    }

    /**
     * @throws IllegalStateException when jackson-annotations is older than the Jackson inside assistconf needs,
     *                               or the schema files are not where the loader looks
     */
    public static void verify(ClassLoader loader) {
        String annotations = versionOf(JsonFormat.class);
        String minimum = BUILT_AGAINST.getProperty("jackson-annotations");
        if (annotations != null && isOlder(annotations, minimum)) {
            throw new IllegalStateException("assistconf needs " + ANNOTATIONS + " " + minimum + " or later (Jackson "
                    + BUILT_AGAINST.getProperty("jackson") + " uses its classes), but version " + annotations
                    + " is on the class path, chosen for your Jackson 2 (by a Jackson 2 BOM such as Spring Boot's, or"
                    + " a jackson-databind 2 declared before assistconf-core); add " + ANNOTATIONS + ":" + minimum
                    + " to your dependencyManagement: README, \"Using it with Spring Boot 3 / Jackson 2\"");
        }
        for (Variant variant : Variant.values()) {
            String resource = SchemaFiles.resourceOf(SchemaFiles.idOf(variant, Kind.OBJECT));
            if (loader.getResource(resource) == null) {
                throw new IllegalStateException("the schema files of assistconf are not on the class path (no "
                        + resource + "): add " + SCHEMAS + ", the version of assistconf-core");
            }
        }
    }

    /**
     * The version of jackson-annotations, as its module (on the module path) or its jar's manifest says; null
     * when neither does, and then nothing is checked. A manifest that is not that jar's (a repackaged jar, such
     * as the command line's, which carries its own version) does not count.
     */
    static String versionOf(Class<?> annotation) {
        ModuleDescriptor module = annotation.getModule().getDescriptor();
        if (module != null && module.rawVersion().isPresent()) {
            return module.rawVersion().get();
        }
        Package jar = annotation.getPackage();
        return ANNOTATIONS_TITLE.equals(jar.getImplementationTitle()) ? jar.getImplementationVersion() : null;
    }

    /** Compares the leading numbers of two versions ("2.17.2" is older than "2.21", "2.21.1" is not). */
    static boolean isOlder(String version, String minimum) {
        String[] have = version.split("[.-]");
        String[] need = minimum.split("[.-]");
        for (int i = 0; i < need.length; i++) {
            int part = i < have.length ? leadingNumber(have[i]) : 0;
            int wanted = leadingNumber(need[i]);
            if (part != wanted) {
                return part < wanted;
            }
        }
        return false;
    }

    private static int leadingNumber(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, Math.min(end, 9)));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RuntimeRequirements.class.getResourceAsStream("requirements.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
