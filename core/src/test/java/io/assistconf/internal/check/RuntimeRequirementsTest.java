package io.assistconf.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The checks behind {@code AssistConf.build()}; the consumer projects (consumer-tests) run them against a real
 * Jackson 2 class path.
 */
class RuntimeRequirementsTest {

    @Test
    void comparesTheLeadingNumbersOfVersions() {
        assertThat(RuntimeRequirements.isOlder("2.17.2", "2.21")).isTrue();
        assertThat(RuntimeRequirements.isOlder("2.20", "2.21")).isTrue();
        assertThat(RuntimeRequirements.isOlder("2.9.10", "2.21")).isTrue();
        assertThat(RuntimeRequirements.isOlder("2.21", "2.21")).isFalse();
        assertThat(RuntimeRequirements.isOlder("2.21.1", "2.21")).isFalse();
        assertThat(RuntimeRequirements.isOlder("2.22-rc1", "2.21")).isFalse();
        assertThat(RuntimeRequirements.isOlder("3.0", "2.21")).isFalse();
    }

    @Test
    void readsTheVersionOfTheJarAClassComesFrom() {
        assertThat(RuntimeRequirements.versionOf(JsonFormat.class)).isEqualTo("2.21");
    }

    @Test
    void aManifestOfAnotherLibraryDoesNotCount() {
        // as in a repackaged jar (the command line's), whose manifest names the jar's own version
        assertThat(Test.class.getPackage().getImplementationVersion()).isNotNull();
        assertThat(RuntimeRequirements.versionOf(Test.class)).isNull();
    }

    @Test
    void passesWithTheLibrariesThisBuildResolves() {
        assertThatNoException().isThrownBy(() -> RuntimeRequirements.verify(getClass().getClassLoader()));
    }

    @Test
    void namesTheSchemasArtifactWhenTheSchemaFilesAreMissing() throws Exception {
        try (URLClassLoader withoutSchemas = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> RuntimeRequirements.verify(withoutSchemas)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("io.assistconf:assistconf-schemas")
                    .hasMessageContaining("assistconf/schemas/freddy/object.json");
        }
    }
}
