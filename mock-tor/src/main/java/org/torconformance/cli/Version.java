package org.torconformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, filtered into a resource at build time. */
public final class Version {
    /** The tor release whose behaviour the mock models. */
    public static final String TOR_VERSION = "0.4.9.11";

    private Version() {
    }

    public static String project() {
        try (InputStream in = Version.class.getResourceAsStream("/org/torconformance/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
