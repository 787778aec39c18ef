package org.torconformance.conformance.reference;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.torconformance.client.RawControlClient;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.ProtocolInfoResult;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.conformance.controller.EventLog;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ProtocolInfo;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.ReplyLine;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;

/**
 * The project's own codec as a controller: the reference the properties must always hold for,
 * which is how the suite knows a property failure on a library is the library's, and the raw
 * client of the daemon and network cases. Every operation is the plain command, CRLF-terminated,
 * with tor's quoting; replies are read with the codec.
 */
public final class ReferenceController implements Controller {
    static final String NAME = "reference";

    private final Duration bound;
    private final EventLog events = new EventLog();
    private RawControlClient raw;
    private Thread pump;

    public ReferenceController(Duration bound) {
        this.bound = bound;
    }

    @Override
    public void connect(ControlEndpoint endpoint, Credentials credentials) {
        raw = RawControlClient.connect(endpoint.port());
        ProtocolInfo info = ProtocolInfo.parse(reply("PROTOCOLINFO 1"));
        String arg = "";
        try {
            if (info.authMethods().contains("COOKIE") && credentials.cookieFile().isPresent()) {
                arg = " " + HexFormat.of().formatHex(Files.readAllBytes(credentials.cookieFile().get()));
            } else if (credentials.password().isPresent()) {
                arg = " " + org.torconformance.wire.QuotedString.encode(ByteString.utf8(credentials.password().get())).latin1();
            }
        } catch (java.io.IOException e) {
            throw new LibraryError("IOException", OptionalInt.empty(), e.getMessage());
        }
        check(reply("AUTHENTICATE" + arg));
    }

    /** Sends one command and returns its reply; events that arrive meanwhile go to the event log in order. */
    private synchronized Reply reply(String command) {
        raw.send(ByteString.utf8(command + "\r\n"));
        return awaitReply(command);
    }

    private Reply awaitReply(String command) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Hang(NAME, command, bound);
            }
            Optional<ReplyFrame> f = raw.nextFrame(Duration.ofNanos(left));
            if (f.isEmpty()) {
                if (raw.isClosedByPeer()) {
                    throw new LibraryError("ConnectionClosed", OptionalInt.empty(), "connection closed waiting for the reply to " + command);
                }
                continue;
            }
            if (f.get() instanceof Reply r) {
                if (r.isEvent()) {
                    deliver(r);
                    continue;
                }
                return r;
            }
            throw new LibraryError("Malformed", OptionalInt.empty(), f.get().toString());
        }
    }

    private void deliver(Reply r) {
        TorEvent e = Events.parse(r);
        List<String> lines = new ArrayList<>();
        for (ReplyLine l : r.lines()) {
            lines.add(l.text().utf8());
        }
        events.add(new ControllerEvent(e.type(), lines, Map.of()));
    }

    private static Reply check(Reply r) {
        if (!r.isSuccess()) {
            throw new LibraryError("ErrorReply", OptionalInt.of(r.status()), r.end().text().utf8());
        }
        return r;
    }

    @Override
    public Map<String, String> getInfo(List<String> keys) {
        Reply r = check(reply("GETINFO " + String.join(" ", keys)));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            int eq = text.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = text.substring(0, eq);
            out.put(key, l instanceof ReplyLine.Data d ? d.data().utf8() : text.substring(eq + 1));
        }
        return out;
    }

    @Override
    public void setEvents(List<String> names) {
        check(reply("SETEVENTS " + String.join(" ", names)));
    }

    @Override
    public RawReply raw(String command) {
        Reply r = reply(command);
        return new RawReply(r.status(), r.lines().stream().map(l -> l.text().utf8()).toList());
    }

    @Override
    public ProtocolInfoResult protocolInfo() {
        ProtocolInfo p = ProtocolInfo.parse(reply("PROTOCOLINFO 1"));
        return new ProtocolInfoResult(p.authMethods(), p.cookieFile().map(ByteString::utf8), p.torVersion().map(ByteString::utf8));
    }

    @Override
    public void signal(String name) {
        check(reply("SIGNAL " + name));
    }

    @Override
    public List<ControllerEvent> events() {
        pumpEvents();
        return events.all();
    }

    @Override
    public Optional<ControllerEvent> awaitEvent(Predicate<ControllerEvent> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            pumpEvents();
            for (ControllerEvent e : events.all()) {
                if (match.test(e)) {
                    return Optional.of(e);
                }
            }
            Optional<ReplyFrame> f = raw.nextFrame(Duration.ofMillis(20));
            f.filter(x -> x instanceof Reply r && r.isEvent()).ifPresent(x -> deliver((Reply) x));
        }
        return Optional.empty();
    }

    /** Events already received but not yet read from the client's queue. */
    private synchronized void pumpEvents() {
        Optional<ReplyFrame> f;
        while ((f = raw.nextFrame(Duration.ZERO)).isPresent()) {
            if (f.get() instanceof Reply r && r.isEvent()) {
                deliver(r);
            }
        }
    }

    @Override
    public boolean isAlive() {
        return raw != null && !raw.isClosedByPeer();
    }

    @Override
    public void close() {
        if (raw != null) {
            raw.close();
        }
    }

    private void ok(String command) {
        check(reply(command));
    }

    @Override
    public Map<String, List<String>> getConf(List<String> keys) {
        Reply r = check(reply("GETCONF " + String.join(" ", keys)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            if (text.equals("OK") && r.lines().size() == 1) {
                break;
            }
            int eq = text.indexOf('=');
            String key = eq < 0 ? text : text.substring(0, eq);
            List<String> values = out.computeIfAbsent(key, k -> new ArrayList<>());
            if (eq >= 0) {
                values.add(text.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public void setConf(List<Map.Entry<String, String>> pairs) {
        ok("SETCONF " + keyValues(pairs));
    }

    static String keyValues(List<Map.Entry<String, String>> pairs) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> p : pairs) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(p.getKey());
            if (p.getValue() != null) {
                b.append('=').append(org.torconformance.wire.EscForLog.escape(ByteString.utf8(p.getValue())).utf8());
            }
        }
        return b.toString();
    }

    @Override
    public void resetConf(List<String> keys) {
        ok("RESETCONF " + String.join(" ", keys));
    }

    @Override
    public void saveConf(boolean force) {
        ok(force ? "SAVECONF FORCE" : "SAVECONF");
    }

    @Override
    public void loadConf(String torrcText) {
        org.torconformance.wire.ByteStringBuilder b = new org.torconformance.wire.ByteStringBuilder();
        org.torconformance.wire.CommandEncoder.encodeBody(ByteString.utf8(torrcText.endsWith("\n") ? torrcText : torrcText + "\n"), b);
        check(replyToBytes("+LOADCONF\r\n", b.build()));
    }

    @Override
    public Map<String, String> mapAddress(Map<String, String> pairs) {
        StringBuilder b = new StringBuilder("MAPADDRESS");
        pairs.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        Reply r = check(reply(b.toString()));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            int eq = text.indexOf('=');
            if (l.status() == 250 && eq > 0) {
                out.put(text.substring(0, eq), text.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public String extendCircuit(String circuitId, List<String> path, Optional<String> purpose) {
        String cmd = "EXTENDCIRCUIT " + circuitId + (path.isEmpty() ? "" : " " + String.join(",", path))
                + purpose.map(p -> " purpose=" + p).orElse("");
        String text = check(reply(cmd)).end().text().utf8();
        return text.startsWith("EXTENDED ") ? text.substring(9) : text;
    }

    @Override
    public void setCircuitPurpose(String circuitId, String purpose) {
        ok("SETCIRCUITPURPOSE " + circuitId + " purpose=" + purpose);
    }

    @Override
    public void attachStream(String streamId, String circuitId, Optional<Integer> hop) {
        ok("ATTACHSTREAM " + streamId + " " + circuitId + hop.map(h -> " HOP=" + h).orElse(""));
    }

    @Override
    public void redirectStream(String streamId, String address, Optional<Integer> port) {
        ok("REDIRECTSTREAM " + streamId + " " + address + port.map(p -> " " + p).orElse(""));
    }

    @Override
    public void closeStream(String streamId, int reason) {
        ok("CLOSESTREAM " + streamId + " " + reason);
    }

    @Override
    public void closeCircuit(String circuitId, boolean ifUnused) {
        ok("CLOSECIRCUIT " + circuitId + (ifUnused ? " IfUnused" : ""));
    }

    @Override
    public String postDescriptor(String descriptor, Optional<String> purpose, Optional<Boolean> cache) {
        String first = "+POSTDESCRIPTOR" + purpose.map(p -> " purpose=" + p).orElse("")
                + cache.map(c -> " cache=" + (c ? "yes" : "no")).orElse("") + "\r\n";
        org.torconformance.wire.ByteStringBuilder b = new org.torconformance.wire.ByteStringBuilder();
        org.torconformance.wire.CommandEncoder.encodeBody(ByteString.utf8(descriptor.endsWith("\n") ? descriptor : descriptor + "\n"), b);
        return check(replyToBytes(first, b.build())).end().text().utf8();
    }

    @Override
    public void useFeature(List<String> features) {
        ok("USEFEATURE " + String.join(" ", features));
    }

    @Override
    public void resolve(List<String> addresses, boolean reverse) {
        ok("RESOLVE " + (reverse ? "mode=reverse " : "") + String.join(" ", addresses));
    }

    @Override
    public void takeOwnership() {
        ok("TAKEOWNERSHIP");
    }

    @Override
    public void dropOwnership() {
        ok("DROPOWNERSHIP");
    }

    @Override
    public void dropGuards() {
        ok("DROPGUARDS");
    }

    @Override
    public void dropTimeouts() {
        ok("DROPTIMEOUTS");
    }

    @Override
    public Map<String, String> addOnion(String key, Map<Integer, String> ports, List<String> flags) {
        StringBuilder b = new StringBuilder("ADD_ONION ").append(key);
        if (!flags.isEmpty()) {
            b.append(" Flags=").append(String.join(",", flags));
        }
        ports.forEach((virt, target) -> b.append(" Port=").append(virt).append(target == null || target.isEmpty() ? "" : "," + target));
        Reply r = check(reply(b.toString()));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            int eq = text.indexOf('=');
            if (eq > 0) {
                out.put(text.substring(0, eq), text.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public void delOnion(String serviceId) {
        ok("DEL_ONION " + serviceId);
    }

    @Override
    public void hsFetch(String address, List<String> servers) {
        StringBuilder b = new StringBuilder("HSFETCH ").append(address);
        servers.forEach(sv -> b.append(" SERVER=").append(sv));
        ok(b.toString());
    }

    /** A multi-line command: its first line, then the already dot-stuffed body and terminator. */
    private synchronized Reply replyToBytes(String firstLine, ByteString body) {
        raw.send(ByteString.concat(ByteString.utf8(firstLine), body));
        return awaitReply(firstLine.strip());
    }
}
