package org.torconformance.bridge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.torconformance.control.circuits.ClientProtocol;
import org.torconformance.control.circuits.StreamRequest;
import org.torconformance.socks.EndedConnection;
import org.torconformance.socks.SocksStream;
import org.torconformance.socks.wire.Credentials;
import org.torconformance.socks.wire.RequestMessage;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;
import org.torconformance.socks.wire.TorAddresses;
import org.torconformance.wire.ByteString;

/**
 * A SOCKS request as the model's {@link StreamRequest}: the destination in tor's form ({@code socks->address}:
 * dotted quad, bracketed IPv6, hostname up to its first NUL, case kept), the credentials tor isolates by (an
 * empty field counts as absent), the client's address, and the port's session group and isolation flags.
 */
final class StreamRequests {
    private StreamRequests() {
    }

    static StreamRequest of(SocksStream stream, SocksPorts socksPorts) {
        SocksRequest r = stream.request();
        StreamRequest.Kind kind = switch (r.kind()) {
            case CONNECT -> StreamRequest.Kind.CONNECT;
            case RESOLVE -> StreamRequest.Kind.RESOLVE;
            case RESOLVE_PTR -> StreamRequest.Kind.RESOLVE_PTR;
        };
        int version = r.version() == SocksRequest.SocksVersion.SOCKS5 ? 5 : 4;
        return request(kind, torAddress(r.address()), r.port(), version, r.credentials(), stream.sourceAddress(),
                socksPorts, stream.listenerPort());
    }

    /** What tor knew of a connection that ended before it became a stream; {@code :0} when no request was read. */
    static StreamRequest of(EndedConnection ended, SocksPorts socksPorts) {
        Optional<RequestMessage> m = ended.request();
        StreamRequest.Kind kind = m.map(StreamRequests::kind).orElse(StreamRequest.Kind.CONNECT);
        return request(kind, m.map(r -> torAddress(r.address())).orElse(""), m.map(RequestMessage::port).orElse(0),
                ended.socksVersion(), m.flatMap(RequestMessage::credentials), ended.client(), socksPorts,
                ended.listenerPort());
    }

    private static StreamRequest request(StreamRequest.Kind kind, String address, int port, int socksVersion,
            Optional<Credentials> credentials, String client, SocksPorts socksPorts, int listenerPort) {
        ClientProtocol protocol = switch (socksVersion) {
            case 4 -> ClientProtocol.SOCKS4;
            case 5 -> ClientProtocol.SOCKS5;
            default -> ClientProtocol.UNKNOWN;
        };
        return new StreamRequest(kind, address, port, protocol,
                credentials.map(Credentials::username).flatMap(StreamRequests::nonEmpty),
                credentials.map(Credentials::password).flatMap(StreamRequests::nonEmpty),
                socketAddress(client), socksPorts.sessionGroup(listenerPort), socksPorts.isolation(listenerPort));
    }

    private static StreamRequest.Kind kind(RequestMessage m) {
        if (m.command().equals(SocksCommand.RESOLVE)) {
            return StreamRequest.Kind.RESOLVE;
        }
        return m.command().equals(SocksCommand.RESOLVE_PTR) ? StreamRequest.Kind.RESOLVE_PTR : StreamRequest.Kind.CONNECT;
    }

    private static String torAddress(SocksAddress address) {
        if (address instanceof SocksAddress.Hostname name) {
            String latin1 = name.latin1();
            int nul = latin1.indexOf('\0');
            return nul < 0 ? latin1 : latin1.substring(0, nul);
        }
        return TorAddresses.decorated(address);
    }

    private static Optional<ByteString> nonEmpty(byte[] field) {
        return field.length == 0 ? Optional.empty() : Optional.of(ByteString.of(field));
    }

    /**
     * {@code 127.0.0.1:53220} (the SOCKS side's text for the client) as a socket address; empty for anything
     * but an address literal, so no name is ever looked up.
     */
    private static Optional<InetSocketAddress> socketAddress(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0 || TorAddresses.parse(text.substring(0, colon)).isEmpty()) {
            return Optional.empty();
        }
        try {
            InetAddress host = InetAddress.getByName(text.substring(0, colon));
            return Optional.of(new InetSocketAddress(host, Integer.parseInt(text.substring(colon + 1))));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
