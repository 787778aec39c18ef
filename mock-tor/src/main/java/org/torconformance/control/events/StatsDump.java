package org.torconformance.control.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The log lines of tor's {@code dumpstats} (SIGNAL DUMP / USR1) for a client whose only
 * connections are its listeners and controllers. Socket numbers are invented in tor's style: the
 * lowest free descriptors, from 6 (a freshly started tor briefly holds a few more, so its first
 * controller may get 11 instead).
 */
final class StatsDump {
    /** A listener, described and addressed as tor's connection_describe does. */
    record ListenerFacts(String description, String address, long ageSeconds) {
    }

    /**
     * A control connection; {@code requester} is the one whose SIGNAL is being answered, which
     * still has its {@code 250 OK} waiting in the output buffer when tor dumps.
     */
    record ControllerFacts(boolean authenticated, String remote, long ageSeconds, boolean requester) {
    }

    record Facts(List<ListenerFacts> listeners, List<ControllerFacts> controllers, long uptimeSeconds, long bytesRead,
            long bytesWritten) {
    }

    private static final int REPLY_BYTES = "250 OK\r\n".length();
    private static final int CHUNK = 4096;

    private StatsDump() {
    }

    static List<String> lines(Facts f) {
        List<String> out = new ArrayList<>();
        out.add("Dumping stats:");
        int index = 0;
        for (ListenerFacts l : f.listeners()) {
            out.add("Conn " + index + " (socket " + (6 + index) + ") is a " + l.description() + " connection (ready) on "
                    + l.address() + ", created " + l.ageSeconds() + " secs ago");
            index++;
        }
        int socket = 6 + f.listeners().size();
        for (ControllerFacts c : f.controllers()) {
            String state = c.authenticated() ? "open (protocol v1)" : "waiting for authentication (protocol v1)";
            out.add("Conn " + index + " (socket " + socket + ") is a Control connection (" + state + ") from "
                    + c.remote() + ", created " + c.ageSeconds() + " secs ago");
            long idle = c.requester() ? 0 : c.ageSeconds();
            out.add("Conn " + index + ": 0 bytes waiting on inbuf (len 0, last read " + idle + " secs ago)");
            out.add("Conn " + index + ": " + pending(c) + " bytes waiting on outbuf (len " + allocated(c)
                    + ", last written " + idle + " secs ago)");
            index++;
            socket++;
        }
        out.add("No channels to dump");
        out.add("No channel listeners to dump");
        out.add("Cells processed: 0 padding\n                 0 create\n                 0 created\n"
                + "                 0 relay\n                        (0 relayed)\n"
                + "                        (0 delivered)\n                 0 destroy");
        if (f.uptimeSeconds() > 0) {
            long up = f.uptimeSeconds();
            out.add("Average bandwidth: " + f.bytesRead() + "/" + up + " = " + f.bytesRead() / up + " bytes/sec reading");
            out.add("Average bandwidth: " + f.bytesWritten() + "/" + up + " = " + f.bytesWritten() / up
                    + " bytes/sec writing");
        }
        out.add("--------------- Dumping memory information:");
        memory(f, out);
        out.add("In rephist: 0 used by 0 Tors.");
        out.add("In 0 live descriptors: 0 bytes.  In 0 old descriptors: 0 bytes.");
        out.add("0 cells allocated on 0 circuits. 0 cells leaked.");
        out.add("Our DNS cache has 0 entries.");
        out.add("Our DNS cache size is approximately 24 bytes.");
        out.add("--------------- Dumping history information:");
        return out;
    }

    private static void memory(Facts f, List<String> out) {
        long used = f.controllers().stream().mapToLong(StatsDump::pending).sum();
        long allocated = f.controllers().stream().mapToLong(StatsDump::allocated).sum();
        out.add("In buffers for " + (f.listeners().size() + f.controllers().size()) + " connections: " + used + " used/"
                + allocated + " allocated");
        List<String> kinds = new ArrayList<>();
        f.listeners().forEach(l -> {
            if (!kinds.contains(l.description())) {
                kinds.add(l.description());
            }
        });
        for (String kind : kinds) {
            long n = f.listeners().stream().filter(l -> l.description().equals(kind)).count();
            out.add("  For " + n + " " + kind + " connections: 0 used/0 allocated");
        }
        if (!f.controllers().isEmpty()) {
            out.add("  For " + f.controllers().size() + " Control connections: " + used + " used/" + allocated
                    + " allocated");
        }
    }

    private static long pending(ControllerFacts c) {
        return c.requester() ? REPLY_BYTES : 0;
    }

    private static long allocated(ControllerFacts c) {
        return c.requester() ? CHUNK : 0;
    }
}
