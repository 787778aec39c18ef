package org.torconformance.control.config;

/**
 * Bridge and pluggable-transport lines, by shape only: {@code [transport] addr:port [fingerprint] [k=v...]},
 * {@code transport[,...] exec path...} or {@code transport socks4|socks5 addr:port}, {@code transport addr:port},
 * {@code transport k=v...}. Each kind has tor's fixed refusal text.
 */
final class TransportLinesCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String line : proposed.values("Bridge")) {
            if (!bridge(words(line))) {
                return ConfigCheck.refuse("Bridge line did not parse. See logs for details.");
            }
        }
        for (String line : proposed.values("ClientTransportPlugin")) {
            if (!plugin(words(line), "socks4", "socks5")) {
                return ConfigCheck.refuse("Invalid client transport line. See logs for details.");
            }
        }
        for (String line : proposed.values("ServerTransportPlugin")) {
            if (!plugin(words(line), "proxy")) {
                return ConfigCheck.refuse("Invalid server transport line. See logs for details.");
            }
        }
        for (String line : proposed.values("ServerTransportListenAddr")) {
            String[] w = words(line);
            if (w.length != 2 || !transportName(w[0]) || !PortLines.hostAndPort(w[1])) {
                return ConfigCheck.refuse("ServerTransportListenAddr did not parse. See logs for details.");
            }
        }
        for (String line : proposed.values("ServerTransportOptions")) {
            String[] w = words(line);
            if (w.length < 2 || !transportName(w[0]) || !allKeyValues(w, 1)) {
                return ConfigCheck.refuse("ServerTransportOptions did not parse. See logs for details.");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean bridge(String[] w) {
        int i = 0;
        if (w.length > 0 && !PortLines.hostAndPort(w[0])) {
            if (!transportName(w[0])) {
                return false;
            }
            i = 1;
        }
        if (i >= w.length || !PortLines.hostAndPort(w[i])) {
            return false;
        }
        i++;
        if (i < w.length && !w[i].contains("=")) {
            i++;
        }
        return allKeyValues(w, i);
    }

    private static boolean plugin(String[] w, String... proxyKinds) {
        if (w.length < 3 || !w[0].chars().allMatch(c -> c == ',' || c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
            return false;
        }
        if (w[1].equals("exec")) {
            return true;
        }
        for (String kind : proxyKinds) {
            if (w[1].equals(kind)) {
                return w.length == 3 && PortLines.hostAndPort(w[2]);
            }
        }
        return false;
    }

    private static boolean allKeyValues(String[] w, int from) {
        for (int i = from; i < w.length; i++) {
            if (w[i].indexOf('=') <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean transportName(String s) {
        return !s.isEmpty() && !Character.isDigit(s.charAt(0))
                && s.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    private static String[] words(String line) {
        String s = line.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }
}
