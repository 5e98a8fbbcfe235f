package org.shellymanager.manager.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar was built as, from its manifest. */
final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CliVersion.class.getPackage().getImplementationVersion();
        return new String[] {"shelly-manager " + (version == null ? "(built from source, no version in the manifest)" : version)};
    }
}
