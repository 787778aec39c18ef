package org.torconformance.control.config;

import java.util.List;

/**
 * Directory authority and fallback lines, by shape: an authority line has an {@code addr:dirport}
 * and then its identity fingerprint (40 hex digits, maybe in groups of four); a fallback line
 * starts with {@code addr:dirport} and carries {@code orport=} and {@code id=}.
 */
final class DirectoryLinesCheck implements ConfigCheck {
    static final String FAILED = "Directory authority/fallback line did not parse. See logs for details.";
    private static final List<String> AUTHORITIES = List.of("DirAuthority", "AlternateDirAuthority", "AlternateBridgeAuthority");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String option : AUTHORITIES) {
            if (!proposed.values(option).stream().allMatch(DirectoryLinesCheck::authority)) {
                return ConfigCheck.refuse(FAILED);
            }
        }
        if (!proposed.values("FallbackDir").stream().allMatch(DirectoryLinesCheck::fallback)) {
            return ConfigCheck.refuse(FAILED);
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean authority(String line) {
        String[] w = line.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            if (PortLines.hostAndPort(w[i]) && !w[i].contains("=")) {
                String fingerprint = String.join("", java.util.Arrays.copyOfRange(w, i + 1, w.length));
                return fingerprint.length() == 40 && fingerprint.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128);
            }
        }
        return false;
    }

    private static boolean fallback(String line) {
        String[] w = line.strip().split("\\s+");
        boolean orport = false;
        boolean id = false;
        for (int i = 1; i < w.length; i++) {
            orport |= w[i].startsWith("orport=") && AddressPattern.port(w[i].substring(7), 1) >= 0;
            id |= w[i].startsWith("id=") && w[i].length() == 43;
        }
        return w.length > 0 && PortLines.hostAndPort(w[0]) && orport && id;
    }
}
