package io.multilin.check.cli;

import picocli.CommandLine;

/**
 * The tool's version, from the jar manifest (Maven writes the project's version there). Classes
 * run straight from a build folder, as in the tests, have no manifest and say so.
 */
public final class VersionInfo implements CommandLine.IVersionProvider {

    public static String version() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "unpackaged" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"multilin " + version()};
    }
}
