package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every module {@code io.assistconf} requires is, on this build's class path, a module that names itself
 * (a module-info), so an application's module path never depends on names derived from jar file names.
 * That those modules suffice without {@code --add-modules} is shown by the module-path consumer (consumer-tests).
 */
class ModuleNamesTest {

    @Test
    void everyRequiredModuleHasAModuleInfo() throws IOException {
        Map<String, ModuleDescriptor> onClassPath = modulesOnClassPath();
        ModuleDescriptor core;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            core = ModuleDescriptor.read(in);
        }
        assertThat(core.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("io.assistconf.schemas", "tools.jackson.dataformat.yaml", "com.ethlo.time");
        for (ModuleDescriptor.Requires required : core.requires()) {
            if (!required.name().startsWith("java.")) {
                assertThat(onClassPath).as(required.name()).containsKey(required.name());
                assertThat(onClassPath.get(required.name()).isAutomatic()).as(required.name() + " is automatic").isFalse();
            }
        }
    }

    private static Map<String, ModuleDescriptor> modulesOnClassPath() {
        Map<String, ModuleDescriptor> modules = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                for (ModuleReference module : ModuleFinder.of(Path.of(entry)).findAll()) {
                    modules.put(module.descriptor().name(), module.descriptor());
                }
            } catch (FindException notAModule) {
                // a test folder or jar that is no module: nothing io.assistconf requires
            }
        }
        return modules;
    }
}
