package io.multilin.check.cli;

import picocli.CommandLine;

/** The tool's version, from the jar manifest when packaged. */
public final class VersionInfo implements CommandLine.IVersionProvider {

    public static String version() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"multilin " + version()};
    }
}
