package org.torconformance.livetor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The options of a {@link LiveTor} and the torrc they turn into. */
record LiveTorConfig(
        ControlAuth auth,
        List<String> extraTorrcLines,
        boolean socksPort,
        boolean disableNetwork,
        boolean unreachableAuthority) {

    static final String NOTICE_LOG = "notice.log";

    /**
     * A made-up authority on a closed loopback port (nothing binds port 1 but root). tor accepts it
     * together with TestingTorNetwork, opens its SocksPort, and retries 127.0.0.1:1 forever, logging
     * "Problem bootstrapping. Stuck at 5% (conn)". The ids only need to be 40 hex digits.
     */
    static final List<String> UNREACHABLE_AUTHORITY = List.of(
            "TestingTorNetwork 1",
            "DirAuthority unreachable orport=1 no-v2 v3ident=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA "
                    + "127.0.0.1:1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

    /** Options the harness owns; an extra line setting one would break isolation or bookkeeping. */
    private static final Set<String> RESERVED_KEYS =
            Set.of("disablenetwork", "datadirectory", "controlportwritetofile", "__owningcontrollerprocess");

    LiveTorConfig {
        extraTorrcLines = List.copyOf(extraTorrcLines);
    }

    static void requireNotReserved(String line) {
        TorrcLines.key(line).filter(RESERVED_KEYS::contains).ifPresent(key -> {
            throw new IllegalArgumentException("the torrc line '" + line.strip() + "' sets an option LiveTor "
                    + "manages itself; use the builder (disableNetwork(...)) instead");
        });
    }

    void validate() {
        if (disableNetwork && socksPort) {
            throw new IllegalStateException("DisableNetwork 1 opens no SOCKS listener (tor 0.4.9.11 leaves "
                    + "net/listeners/socks empty); use socksWithUnreachableAuthority() for a listening SocksPort, "
                    + "or add a SocksPort torrc line to have the option configured without a listener");
        }
        if (!disableNetwork) {
            PrivateDirectoryLines.whyNotPrivate(allNetworkLines()).ifPresent(why -> {
                throw new IllegalStateException("refusing to start tor without DisableNetwork 1: " + why
                        + ". Add private loopback DirAuthority lines or use socksWithUnreachableAuthority().");
            });
        }
    }

    List<String> torrcLines(Path dataDirectory, long ownerPid, Optional<ControlAuth.HashedPassword> password) {
        String dir = TorrcLines.path(dataDirectory);
        List<String> lines = new ArrayList<>();
        lines.add("# written by org.torconformance.livetor.LiveTor");
        lines.add("DataDirectory " + dir);
        lines.add("ControlPort " + Loopback.HOST + ":auto");
        lines.add("ControlPortWriteToFile " + dir + "/" + TorProcess.CONTROL_PORT_FILE);
        lines.add("__OwningControllerProcess " + ownerPid);
        lines.add("Log notice file " + dir + "/" + NOTICE_LOG);
        lines.add("Log notice stdout");
        if (socksPort) {
            lines.add("SocksPort " + Loopback.HOST + ":auto");
        } else if (!TorrcLines.hasKey(extraTorrcLines, "SocksPort")) {
            lines.add("SocksPort 0"); // tor's default would be 9050
        }
        if (disableNetwork) {
            lines.add("DisableNetwork 1");
        }
        lines.addAll(authLines(password));
        if (unreachableAuthority) {
            lines.addAll(UNREACHABLE_AUTHORITY);
        }
        lines.addAll(extraTorrcLines);
        return lines;
    }

    private List<String> allNetworkLines() {
        List<String> lines = new ArrayList<>(extraTorrcLines);
        if (unreachableAuthority) {
            lines.addAll(UNREACHABLE_AUTHORITY);
        }
        return lines;
    }

    private List<String> authLines(Optional<ControlAuth.HashedPassword> password) {
        if (auth instanceof ControlAuth.Cookie) {
            return List.of("CookieAuthentication 1");
        }
        if (auth instanceof ControlAuth.None) {
            return List.of("CookieAuthentication 0");
        }
        return List.of("HashedControlPassword " + password.orElseThrow(
                () -> new IllegalStateException("password auth without a hash")).hash());
    }
}
