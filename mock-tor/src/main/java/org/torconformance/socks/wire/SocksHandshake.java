package org.torconformance.socks.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tor's SOCKS message parser ({@code parse_socks} and the functions it calls in proto_socks.c): reads one
 * message from the front of the buffered input, updates the per-connection state the way tor updates its
 * {@code socks_request_t}, and says how much input it used.
 *
 * <p>Like tor, it keeps a single pending reply: a later message handled in the same read replaces the reply
 * of an earlier one, so a client that sends its greeting and its RFC 1929 message in one write only ever
 * sees {@code 01 00}.
 */
final class SocksHandshake {
    enum Status { INVALID, TRUNCATED, DONE, MORE_EXPECTED }

    record Parsed(Status status, int consumed) {
    }

    static final int MAX_SOCKS_MESSAGE_LEN = 512;
    static final int MAX_SOCKS_ADDR_LEN = 256;
    private static final int SOCKS4_NETWORK_LEN = 8;
    private static final byte[] EXTENSION_PREFIX = Bytes.latin1("<torS0X>");
    private static final byte[] ISOLATION_EXTENSION = Bytes.latin1("<torS0X>0");

    private final SocksPortOptions options;
    private final AddressMapping mapping;

    int socksVersion;
    AuthMethod authType;
    boolean gotAuth;
    byte[] username;
    byte[] password;
    byte[] reply;
    final List<ClientStatusEvent> events = new ArrayList<>();

    SocksCommand command;
    int port;
    int socks5AddressType;
    boolean socks4a;
    SocksAddress sentAddress;
    /** Tor's {@code req->address}: dotted quad, bracketed IPv6, or the hostname up to its first NUL. */
    String address;

    SocksHandshake(SocksPortOptions options, AddressMapping mapping) {
        this.options = options;
        this.mapping = mapping;
    }

    /** {@code parse_socks}: the caller guarantees at least two bytes. */
    Parsed parse(byte[] buf) {
        int first = Bytes.u8(buf[0]);
        if (first == 5 || first == 4 || first == 1) {
            return handleSocksMessage(buf);
        }
        if (first == 'G' || first == 'H' || first == 'P' || first == 'C') {
            reply = HttpNotAProxy.tor().encode();
        }
        events.add(ClientStatusEvent.SocksUnknownProtocol.of(buf, 0, buf.length));
        return new Parsed(Status.INVALID, 0);
    }

    private Parsed handleSocksMessage(byte[] buf) {
        int first = Bytes.u8(buf[0]);
        if (first == 4) {
            if (buf.length < SOCKS4_NETWORK_LEN) {
                return new Parsed(Status.TRUNCATED, 0);
            }
            Parsed parsed = parseSocks4Request(buf);
            if (parsed.status() != Status.DONE) {
                return parsed;
            }
            return new Parsed(processSocks4Request(), parsed.consumed());
        }
        if (!gotAuth && (first == 1 || AuthMethod.USERNAME_PASSWORD.equals(authType))) {
            Parsed parsed = parseUserPassAuth(buf);
            if (parsed.status() != Status.DONE) {
                return parsed;
            }
            Status processed = processUserPassAuth();
            return new Parsed(processed == Status.DONE ? Status.MORE_EXPECTED : processed, parsed.consumed());
        } else if (socksVersion != 5) {
            return parseAndProcessGreeting(buf);
        }
        Parsed parsed = parseSocks5Request(buf);
        if (parsed.status() != Status.DONE) {
            return parsed;
        }
        return new Parsed(processSocks5Request(), parsed.consumed());
    }

    private Parsed parseSocks4Request(byte[] buf) {
        socksVersion = 4;
        int cmd = Bytes.u8(buf[1]);
        if (cmd != 0x01 && cmd != 0x02 && cmd != 0xF0 && cmd != 0xF1) {
            return new Parsed(Status.INVALID, 0);
        }
        int destPort = u16(buf, 2);
        long destIp = u32(buf, 4);
        int userEnd = indexOfNul(buf, SOCKS4_NETWORK_LEN);
        boolean hostnameFollows = destIp != 0 && (destIp >>> 8) == 0;
        int hostEnd = userEnd < 0 || !hostnameFollows ? -1 : indexOfNul(buf, userEnd + 1);
        if (userEnd < 0 || (hostnameFollows && hostEnd < 0)) {
            return new Parsed(buf.length >= MAX_SOCKS_MESSAGE_LEN ? Status.INVALID : Status.TRUNCATED, 0);
        }
        int consumed = (hostnameFollows ? hostEnd : userEnd) + 1;
        command = SocksCommand.of(cmd);
        port = destPort;
        socks4a = hostnameFollows;
        byte[] hostname = socks4a ? Arrays.copyOfRange(buf, userEnd + 1, hostEnd) : null;
        SocksAddress.Ipv4 ip = new SocksAddress.Ipv4(Arrays.copyOfRange(buf, 4, 8));
        sentAddress = socks4a ? new SocksAddress.Hostname(hostname) : ip;
        if ((destPort == 0 && !command.equals(SocksCommand.RESOLVE)) || destIp == 0) {
            return new Parsed(Status.INVALID, consumed);
        }
        byte[] userId = Arrays.copyOfRange(buf, SOCKS4_NETWORK_LEN, userEnd);
        if (userId.length > 0) {
            if (userId.length > MAX_SOCKS_MESSAGE_LEN) {
                return new Parsed(Status.INVALID, consumed);
            }
            username = userId;
            gotAuth = true;
        }
        if (socks4a) {
            if (hostname.length + 1 > MAX_SOCKS_ADDR_LEN) {
                return new Parsed(Status.INVALID, consumed);
            }
            address = Bytes.latin1(hostname);
        } else {
            address = ip.dotted();
        }
        return new Parsed(Status.DONE, consumed);
    }

    private Status processSocks4Request() {
        if (!socks4a && !mapping.hasMapping(address)) {
            events.add(new ClientStatusEvent.DangerousSocks(4, address, port));
            if (options.safeSocks()) {
                return Status.INVALID;
            }
        }
        if (!command.equals(SocksCommand.CONNECT) && !command.equals(SocksCommand.RESOLVE)) {
            return Status.INVALID;
        }
        return HostnameRules.isValidDestination(address) ? Status.DONE : Status.INVALID;
    }

    private Parsed parseAndProcessGreeting(byte[] buf) {
        if (Bytes.u8(buf[0]) != 5) {
            return new Parsed(Status.INVALID, 0);
        }
        int methodCount = Bytes.u8(buf[1]);
        if (buf.length < 2 + methodCount) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        int consumed = 2 + methodCount;
        if (methodCount == 0) {
            return new Parsed(Status.INVALID, consumed);
        }
        boolean userPass = false;
        boolean noAuth = false;
        for (int i = 2; i < consumed; i++) {
            userPass |= Bytes.u8(buf[i]) == AuthMethod.USERNAME_PASSWORD.code();
            noAuth |= Bytes.u8(buf[i]) == AuthMethod.NO_AUTH.code();
        }
        if (userPass && !(noAuth && options.choosesNoAuth())) {
            authType = AuthMethod.USERNAME_PASSWORD;
        } else if (noAuth) {
            authType = AuthMethod.NO_AUTH;
        } else {
            reply = MethodSelection.of(AuthMethod.NO_ACCEPTABLE_METHODS).encode();
            return new Parsed(Status.INVALID, consumed);
        }
        socksVersion = 5;
        reply = MethodSelection.of(authType).encode();
        return new Parsed(Status.MORE_EXPECTED, consumed);
    }

    private Parsed parseUserPassAuth(byte[] buf) {
        if (Bytes.u8(buf[0]) != 1) {
            return new Parsed(Status.INVALID, 0);
        }
        int userLength = Bytes.u8(buf[1]);
        if (buf.length < 3 + userLength) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        int passwordLength = Bytes.u8(buf[2 + userLength]);
        int consumed = 3 + userLength + passwordLength;
        if (buf.length < consumed) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        if (userLength > 0) {
            username = Arrays.copyOfRange(buf, 2, 2 + userLength);
        }
        if (passwordLength > 0) {
            password = Arrays.copyOfRange(buf, 3 + userLength, consumed);
        }
        gotAuth = true;
        return new Parsed(Status.DONE, consumed);
    }

    private Status processUserPassAuth() {
        if (socksVersion != 5) {
            return Status.INVALID;
        }
        if (!AuthMethod.USERNAME_PASSWORD.equals(authType) && !AuthMethod.NO_AUTH.equals(authType)) {
            return Status.INVALID;
        }
        // Prop 351 reserves usernames starting with <torS0X>; tor 0.4.9 only knows format 0.
        if (username != null && startsWith(username, EXTENSION_PREFIX) && !Arrays.equals(username, ISOLATION_EXTENSION)) {
            return Status.INVALID;
        }
        reply = UsernamePasswordStatus.SUCCESS.encode();
        return Status.DONE;
    }

    private Parsed parseSocks5Request(byte[] buf) {
        int cmd = Bytes.u8(buf[1]);
        if (Bytes.u8(buf[0]) != 5
                || (cmd != 0x01 && cmd != 0x02 && cmd != 0x03 && cmd != 0xF0 && cmd != 0xF1)) {
            return socks5ParseError();
        }
        if (buf.length < 3) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        if (buf[2] != 0) {
            return socks5ParseError();
        }
        if (buf.length < 4) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        int atyp = Bytes.u8(buf[3]);
        int addressStart = 4;
        int addressEnd;
        if (atyp == SocksAddress.ATYP_IPV4) {
            addressEnd = addressStart + 4;
        } else if (atyp == SocksAddress.ATYP_IPV6) {
            addressEnd = addressStart + 16;
        } else if (atyp == SocksAddress.ATYP_HOSTNAME) {
            if (buf.length < 5) {
                return new Parsed(Status.TRUNCATED, 0);
            }
            addressStart = 5;
            addressEnd = addressStart + Bytes.u8(buf[4]);
        } else {
            return socks5ParseError();
        }
        int consumed = addressEnd + 2;
        if (buf.length < consumed) {
            return new Parsed(Status.TRUNCATED, 0);
        }
        byte[] raw = Arrays.copyOfRange(buf, addressStart, addressEnd);
        command = SocksCommand.of(cmd);
        port = u16(buf, addressEnd);
        socks5AddressType = atyp;
        if (atyp == SocksAddress.ATYP_IPV4) {
            sentAddress = new SocksAddress.Ipv4(raw);
            address = TorAddresses.decorated(sentAddress);
        } else if (atyp == SocksAddress.ATYP_IPV6) {
            sentAddress = new SocksAddress.Ipv6(raw);
            address = TorAddresses.decorated(sentAddress);
        } else {
            sentAddress = new SocksAddress.Hostname(raw);
            int nul = indexOfNul(raw, 0);
            address = Bytes.latin1(nul < 0 ? raw : Arrays.copyOf(raw, nul));
        }
        return new Parsed(Status.DONE, consumed);
    }

    private Parsed socks5ParseError() {
        reply = TorReplies.socks5ParserError(Socks5ReplyCode.GENERAL_FAILURE);
        return new Parsed(Status.INVALID, 0);
    }

    private Status processSocks5Request() {
        if (!command.equals(SocksCommand.CONNECT) && !command.equals(SocksCommand.RESOLVE)
                && !command.equals(SocksCommand.RESOLVE_PTR)) {
            return socks5Error(Socks5ReplyCode.COMMAND_NOT_SUPPORTED);
        }
        if (command.equals(SocksCommand.RESOLVE_PTR) && TorAddresses.parse(address).isEmpty()) {
            return socks5Error(Socks5ReplyCode.ADDRESS_TYPE_NOT_SUPPORTED);
        }
        if (!HostnameRules.isValidDestination(address)) {
            return socks5Error(Socks5ReplyCode.GENERAL_FAILURE);
        }
        boolean ipLiteral = socks5AddressType == SocksAddress.ATYP_IPV4 || socks5AddressType == SocksAddress.ATYP_IPV6;
        if (ipLiteral && !command.equals(SocksCommand.RESOLVE_PTR) && !mapping.hasMapping(address)) {
            events.add(new ClientStatusEvent.DangerousSocks(5, address, port));
            if (options.safeSocks()) {
                return socks5Error(Socks5ReplyCode.NOT_ALLOWED);
            }
        }
        return Status.DONE;
    }

    private Status socks5Error(Socks5ReplyCode code) {
        reply = TorReplies.socks5ParserError(code);
        return Status.INVALID;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOfNul(byte[] buf, int from) {
        for (int i = from; i < buf.length; i++) {
            if (buf[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] buf, int at) {
        return (Bytes.u8(buf[at]) << 8) | Bytes.u8(buf[at + 1]);
    }

    private static long u32(byte[] buf, int at) {
        return ((long) u16(buf, at) << 16) | u16(buf, at + 2);
    }
}
