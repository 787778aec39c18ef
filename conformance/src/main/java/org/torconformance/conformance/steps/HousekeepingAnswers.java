package org.torconformance.conformance.steps;

import java.util.Map;
import org.torconformance.control.CommandInterceptor;
import org.torconformance.control.ControlSession;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/**
 * Tor 0.4.9.11's own answers to the queries libraries make for themselves while connecting and
 * before some calls (txtorcon's GETINFO signal/names, version and events/names; stem's
 * GETINFO version for its version checks and GETCONF __OwningControllerProcess). A client case
 * scripts only its own exchange; these let every library get that far whatever the mock's model
 * answers, so the verdict is about the library. Canned answers and transcripts come first.
 */
final class HousekeepingAnswers implements CommandInterceptor {
    static final String EVENT_NAMES = "CIRC CIRC_MINOR STREAM ORCONN BW DEBUG INFO NOTICE WARN ERR NEWDESC ADDRMAP DESCCHANGED NS"
            + " STATUS_GENERAL STATUS_CLIENT STATUS_SERVER GUARD STREAM_BW CLIENTS_SEEN NEWCONSENSUS BUILDTIMEOUT_SET SIGNAL"
            + " CONF_CHANGED CONN_BW CELL_STATS CIRC_BW TRANSPORT_LAUNCHED HS_DESC HS_DESC_CONTENT NETWORK_LIVENESS";
    static final String SIGNAL_NAMES = "RELOAD HUP SHUTDOWN DUMP USR1 DEBUG USR2 HALT TERM INT NEWNYM CLEARDNSCACHE HEARTBEAT"
            + " ACTIVE DORMANT";

    /** Whole command lines (arguments as libraries send them) and tor's reply, checked on a live tor. */
    private static final Map<String, String> ANSWERS = Map.of(
            "GETINFO version", "250-version=0.4.9.11\r\n250 OK\r\n",
            "GETINFO signal/names", "250-signal/names=" + SIGNAL_NAMES + "\r\n250 OK\r\n",
            "GETINFO events/names", "250-events/names=" + EVENT_NAMES + "\r\n250 OK\r\n",
            "GETINFO features/names", "250-features/names=VERBOSE_NAMES EXTENDED_EVENTS\r\n250 OK\r\n",
            "GETCONF __OwningControllerProcess", "250 __OwningControllerProcess\r\n");

    @Override
    public boolean intercept(ControlSession session, Command command) {
        String line = command.keyword().latin1() + " " + command.arguments().latin1();
        for (Map.Entry<String, String> a : ANSWERS.entrySet()) {
            if (a.getKey().equalsIgnoreCase(line.strip())) {
                session.write(ByteString.latin1(a.getValue()));
                return true;
            }
        }
        return false;
    }
}
