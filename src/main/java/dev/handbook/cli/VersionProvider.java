package dev.handbook.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {toolVersion()};
    }

    /** "handbook 1.2.0", as releases record what made them. */
    static String toolVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "handbook " + (version == null ? "development" : version);
    }
}
