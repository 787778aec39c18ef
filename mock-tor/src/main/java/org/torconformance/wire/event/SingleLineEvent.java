package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/** An event written as one {@code 650 } line. */
public sealed interface SingleLineEvent extends TorEvent permits CircEvent, CircMinorEvent, StreamEvent, OrConnEvent,
        BandwidthEvent, LogEvent, NewDescEvent, AddrMapEvent, DescChangedEvent, StatusEvent, GuardEvent,
        StreamBandwidthEvent, ClientsSeenEvent, BuildTimeoutSetEvent, SignalEvent, ConnBandwidthEvent, CellStatsEvent,
        CircBandwidthEvent, TransportLaunchedEvent, HsDescEvent, NetworkLivenessEvent, PtLogEvent, PtStatusEvent {
    /** The line's text after {@code 650 }. */
    ByteString text();

    @Override
    default Reply toReply() {
        return new Reply(List.of(new ReplyLine.End(650, text())));
    }
}
