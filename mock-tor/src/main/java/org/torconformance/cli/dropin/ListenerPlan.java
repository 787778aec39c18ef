package org.torconformance.cli.dropin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.MockTor;

/**
 * The configured control listeners the mock serves (its first TCP port and first Unix socket; a
 * {@link MockTor} has one of each), in configuration order, and how tor announces and records them.
 */
final class ListenerPlan {
    private final List<ControlListener> served;

    private ListenerPlan(List<ControlListener> served) {
        this.served = List.copyOf(served);
    }

    static ListenerPlan of(List<ControlListener> configured, TorLog log) {
        List<ControlListener> served = new ArrayList<>();
        boolean tcp = false;
        boolean unix = false;
        for (ControlListener l : configured) {
            boolean isTcp = l instanceof ControlListener.Tcp;
            if (isTcp ? tcp : unix) {
                log.mockWarning("mock-tor serves one " + (isTcp ? "TCP" : "Unix") + " control listener; ignoring " + l + ".");
                continue;
            }
            tcp |= isTcp;
            unix |= !isTcp;
            served.add(l);
        }
        return new ListenerPlan(served);
    }

    Optional<ControlListener.Tcp> tcp() {
        return served.stream().filter(ControlListener.Tcp.class::isInstance).map(ControlListener.Tcp.class::cast).findFirst();
    }

    Optional<ControlListener.Unix> unix() {
        return served.stream().filter(ControlListener.Unix.class::isInstance).map(ControlListener.Unix.class::cast).findFirst();
    }

    /**
     * Tor's check before it creates a Unix control socket: the directory must exist and be private
     * (group-readable too with GroupWritable, anything with RelaxDirModeCheck's laxer mask or
     * WorldWritable). Tor reports this after opening the TCP listeners before it; the mock checks
     * first and reports only the socket's warnings.
     */
    void checkUnixDirectories() throws TorConfigException {
        for (ControlListener l : served) {
            if (l instanceof ControlListener.Unix u && !u.worldWritable()) {
                Optional<String> problem = UnixSocketDirectory.problem(u);
                if (problem.isPresent()) {
                    Path dir = u.path().toAbsolutePath().getParent();
                    throw new TorConfigException(List.of(problem.get(),
                            "Before Tor can create a control socket in \"" + u.path() + "\", the directory \"" + dir
                                    + "\" needs to exist, and to be accessible only by the user"
                                    + (u.groupWritable() ? " and group" : "") + " account that is running Tor.  "
                                    + "(On some Unix systems, anybody who can list a socket can connect to it, so Tor is being careful.)",
                            "Failed to parse/validate config: Failed to bind one of the listener ports."));
                }
            }
        }
    }

    /** Where the first listener was asked to be, as tor names it when it cannot bind. */
    String describeFirst() {
        return served.isEmpty() ? "127.0.0.1:0" : requested(served.get(0));
    }

    /** Logs tor's three (or two) notices per listener and applies a Unix socket's permissions. */
    void announce(MockTor mock, TorLog log) {
        for (ControlListener l : served) {
            log.notice("Opening Control listener on " + requested(l));
            if (l instanceof ControlListener.Tcp t && t.port() == 0) {
                log.notice("Control listener listening on port " + mock.controlPort() + ".");
            }
            if (l instanceof ControlListener.Unix u) {
                setSocketMode(u, log);
            }
            log.notice("Opened Control listener connection (ready) on " + actual(l, mock));
        }
    }

    /** {@code ControlPortWriteToFile}'s content: one line per listener, as tor writes it. */
    String portFileLines(MockTor mock) {
        StringBuilder sb = new StringBuilder();
        for (ControlListener l : served) {
            sb.append(l instanceof ControlListener.Unix ? "UNIX_PORT=" : "PORT=").append(actual(l, mock)).append('\n');
        }
        return sb.toString();
    }

    private static String requested(ControlListener l) {
        if (l instanceof ControlListener.Tcp t) {
            return "127.0.0.1:" + t.port();
        }
        return ((ControlListener.Unix) l).path().toString();
    }

    private static String actual(ControlListener l, MockTor mock) {
        return l instanceof ControlListener.Tcp ? "127.0.0.1:" + mock.controlPort() : requested(l);
    }

    private static void setSocketMode(ControlListener.Unix u, TorLog log) {
        String mode = u.worldWritable() ? "rw-rw-rw-" : u.groupWritable() ? "rw-rw----" : "rw-------";
        try {
            PrivateFiles.setMode(u.path(), mode);
        } catch (IOException e) {
            log.warn("Could not set permissions on " + u.path() + ": " + e.getMessage());
        }
    }
}
