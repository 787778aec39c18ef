package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;
import org.torconformance.wire.WireFormatException;

/** Reads a 6xx reply as a typed event. Never throws on a 6xx reply: misfits become {@link UnknownEvent}. */
public final class Events {
    private Events() {
    }

    /** The event names tor 0.4.9.11 lists in {@code GETINFO events/names}, in its order. */
    public static final List<String> NAMES = List.of("CIRC", "CIRC_MINOR", "STREAM", "ORCONN", "BW", "DEBUG", "INFO",
            "NOTICE", "WARN", "ERR", "NEWDESC", "ADDRMAP", "DESCCHANGED", "NS", "STATUS_GENERAL", "STATUS_CLIENT",
            "STATUS_SERVER", "GUARD", "STREAM_BW", "CLIENTS_SEEN", "NEWCONSENSUS", "BUILDTIMEOUT_SET", "SIGNAL",
            "CONF_CHANGED", "CONN_BW", "CELL_STATS", "CIRC_BW", "TRANSPORT_LAUNCHED", "HS_DESC", "HS_DESC_CONTENT",
            "NETWORK_LIVENESS");

    public static TorEvent parse(Reply reply) {
        if (!reply.isEvent()) {
            throw new IllegalArgumentException("not an event (status " + reply.first().status() + ")");
        }
        ReplyLine first = reply.first();
        EventLine line = EventLine.parse(first.text());
        String type = line.type().latin1();
        try {
            TorEvent typed = typed(reply, first, line, type);
            if (typed != null) {
                return typed;
            }
            return new UnknownEvent(type, reply, Optional.empty());
        } catch (IllegalArgumentException e) {
            return new UnknownEvent(type, reply, Optional.of(e.getMessage()));
        }
    }

    private static TorEvent typed(Reply reply, ReplyLine first, EventLine line, String type) {
        List<ReplyLine> lines = reply.lines();
        boolean endsOk = reply.end().text().contentEquals("OK");
        if (lines.size() == 1) {
            return singleLine(first.text(), line, type);
        }
        if (lines.size() == 2 && first instanceof ReplyLine.Data data && endsOk) {
            return switch (type) {
                case NetworkStatusEvent.TYPE -> line.size() == 0 ? new NetworkStatusEvent(data.data()) : null;
                case NewConsensusEvent.TYPE -> line.size() == 0 ? new NewConsensusEvent(data.data()) : null;
                case HsDescContentEvent.TYPE -> HsDescContentEvent.from(line, data.data());
                default -> LogEvent.SEVERITIES.contains(type) && line.size() == 0
                        ? new LogEvent(type, data.data(), true) : null;
            };
        }
        if (type.equals(ConfChangedEvent.TYPE) && line.size() == 0 && endsOk
                && lines.subList(0, lines.size() - 1).stream().allMatch(l -> l instanceof ReplyLine.Mid)) {
            return new ConfChangedEvent(lines.subList(1, lines.size() - 1).stream()
                    .map(l -> ConfChangedEvent.Change.parse(l.text())).toList());
        }
        return null;
    }

    private static TorEvent singleLine(ByteString text, EventLine line, String type) {
        if (LogEvent.SEVERITIES.contains(type)) {
            ByteString message = text.length() > type.length() ? text.slice(type.length() + 1) : ByteString.EMPTY;
            return new LogEvent(type, message, false);
        }
        if (StatusEvent.TYPES.contains(type)) {
            return StatusEvent.from(type, line);
        }
        return switch (type) {
            case CircEvent.TYPE -> CircEvent.from(line);
            case CircMinorEvent.TYPE -> CircMinorEvent.from(line);
            case StreamEvent.TYPE -> StreamEvent.from(line);
            case OrConnEvent.TYPE -> OrConnEvent.from(line);
            case BandwidthEvent.TYPE -> BandwidthEvent.from(line);
            case NewDescEvent.TYPE -> NewDescEvent.from(line);
            case AddrMapEvent.TYPE -> AddrMapEvent.from(line);
            case DescChangedEvent.TYPE -> DescChangedEvent.from(line);
            case GuardEvent.TYPE -> GuardEvent.from(line);
            case StreamBandwidthEvent.TYPE -> StreamBandwidthEvent.from(line);
            case ClientsSeenEvent.TYPE -> ClientsSeenEvent.from(line);
            case BuildTimeoutSetEvent.TYPE -> BuildTimeoutSetEvent.from(line);
            case SignalEvent.TYPE -> SignalEvent.from(line);
            case ConnBandwidthEvent.TYPE -> ConnBandwidthEvent.from(line);
            case CellStatsEvent.TYPE -> CellStatsEvent.from(line);
            case CircBandwidthEvent.TYPE -> CircBandwidthEvent.from(line);
            case TransportLaunchedEvent.TYPE -> TransportLaunchedEvent.from(line);
            case HsDescEvent.TYPE -> HsDescEvent.from(line);
            case NetworkLivenessEvent.TYPE -> NetworkLivenessEvent.from(line);
            case PtLogEvent.TYPE -> PtLogEvent.from(line);
            case PtStatusEvent.TYPE -> PtStatusEvent.from(line);
            default -> null;
        };
    }

    static void requireFixed(EventLine line, int n) {
        if (line.size() < n) {
            throw new WireFormatException(line.type().latin1() + " needs " + n + " positional fields, got " + line.size(), 0);
        }
    }

    /** A positional argument that comes before any keyword argument (CIRC's path, HS_DESC's DescID). */
    static Optional<String> leadingPositional(EventArgs args) {
        if (!args.list().isEmpty() && args.list().get(0) instanceof EventArg.Positional p) {
            return Optional.of(p.raw().latin1());
        }
        return Optional.empty();
    }
}
