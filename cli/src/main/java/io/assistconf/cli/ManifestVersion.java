package io.assistconf.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code assistconf VERSION}, the version from the jar manifest; {@code dev} when run from classes. */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"assistconf " + version()};
    }

    /** The version alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
