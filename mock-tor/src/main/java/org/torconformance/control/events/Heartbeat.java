package org.torconformance.control.events;

import java.util.List;
import java.util.Locale;

/** The lines tor's {@code log_heartbeat} writes for a client (SIGNAL HEARTBEAT, HeartbeatPeriod). */
final class Heartbeat {
    /** What the heartbeat reports; circuits are counted by the module that owns them. */
    record Facts(long uptimeSeconds, int circuits, long bytesWritten, long bytesRead, ConnectionCounts connections) {
    }

    record Line(String severity, String message) {
    }

    private Heartbeat() {
    }

    static List<Line> lines(Facts f) {
        ConnectionCounts c = f.connections();
        String main = "Heartbeat: Tor's uptime is " + uptime(f.uptimeSeconds()) + ", with " + f.circuits()
                + " circuits open. I've sent " + usage(f.bytesWritten()) + " and received " + usage(f.bytesRead())
                + ". I've received " + c.incomingIpv4() + " connections on IPv4 and " + c.incomingIpv6()
                + " on IPv6. I've made " + c.outgoingIpv4() + " connections with IPv4 and " + c.outgoingIpv6()
                + " with IPv6.";
        return List.of(new Line("NOTICE", main),
                new Line("INFO", "log_heartbeat(): Average packaged cell fullness: 100.000%. TLS write overhead: 0%"));
    }

    /** Tor's {@code secs_to_uptime}. */
    static String uptime(long secs) {
        long days = secs / 86_400;
        long hours = (secs % 86_400) / 3_600;
        long minutes = (secs % 3_600) / 60;
        String hm = hours + ":" + String.format(Locale.ROOT, "%02d", minutes) + " hours";
        if (days == 0) {
            return hm;
        }
        return days + (days == 1 ? " day " : " days ") + hm;
    }

    /** Tor's {@code bytes_to_usage}. */
    static String usage(long bytes) {
        if (bytes < (1L << 20)) {
            return (bytes >> 10) + " kB";
        }
        if (bytes < (1L << 30)) {
            return String.format(Locale.ROOT, "%.2f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
    }
}
