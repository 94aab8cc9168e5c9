package io.wirewatch.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code Implementation-Version}), "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"wirewatch " + (version == null ? "dev" : version),
                "Java " + System.getProperty("java.version")};
    }
}
