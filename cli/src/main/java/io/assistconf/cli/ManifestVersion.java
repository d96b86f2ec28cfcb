package io.assistconf.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code assistconf VERSION}, the version from the jar manifest; {@code dev} when run from classes. */
final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"assistconf " + (version == null ? "dev" : version)};
    }
}
