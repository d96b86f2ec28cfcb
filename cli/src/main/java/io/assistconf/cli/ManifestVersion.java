package io.assistconf.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code assistconf VERSION (commit ID)}: the version from the jar manifest, {@code dev} when run from classes;
 * the commit the build was made from, {@code unknown} when it had no Git checkout.
 */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"assistconf " + version() + " (commit " + BuildCommit.current() + ")"};
    }

    /** The version alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
