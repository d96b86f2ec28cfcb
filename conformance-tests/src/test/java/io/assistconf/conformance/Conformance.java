package io.assistconf.conformance;

import io.assistconf.AssistConf;
import io.assistconf.Catalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The AssistConf instances the suite checks with: built once, shared, as the README recommends. */
final class Conformance {

    /** The default instance: lenient, locations on, default limits, no catalogue. */
    static final AssistConf ASSISTCONF = AssistConf.create();

    /** The default instance but for defaults: none filled ({@code fillDefaults(false)}). */
    static final AssistConf WITHOUT_DEFAULTS = AssistConf.builder().fillDefaults(false).build();

    private static final Map<Path, AssistConf> WITH_CATALOGUE = new ConcurrentHashMap<>();

    private Conformance() {
    }

    /** An instance checking references against the catalogue in {@code file}. */
    static AssistConf withCatalogue(Path file) {
        return WITH_CATALOGUE.computeIfAbsent(file, path -> {
            try {
                return AssistConf.builder().catalogue(Catalogue.parse(Files.readString(path))).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
