package org.torconformance.conformance.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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
import org.torconformance.conformance.controller.EventLog;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.ProtocolInfoResult;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.crypto.SafeCookie;
import org.torconformance.wire.AuthChallengeReply;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.CString;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.ProtocolInfo;
import org.torconformance.wire.QuotedString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.ReplyLine;
import org.torconformance.wire.event.Events;

/**
 * The project's own codec as a controller: the control group. It does every operation the way the
 * control spec asks (and as tor 0.4.9.11 answers), so a client case it fails is a wrong case, and
 * a property failure on a library is the library's. Every wait is bounded.
 */
public final class ReferenceController implements Controller {
    static final String NAME = "reference";

    private final Duration bound;
    private final EventLog events = new EventLog();
    private RawControlClient raw;

    public ReferenceController(Duration bound) {
        this.bound = bound;
    }

    // --- connection

    @Override
    public void connect(ControlEndpoint endpoint, Credentials credentials) {
        raw = RawControlClient.connect(endpoint.port());
        ProtocolInfo info = ProtocolInfo.parse(check(reply("PROTOCOLINFO 1")));
        Optional<Path> cookieFile = info.cookieFile().map(p -> Path.of(p.latin1())).or(credentials::cookieFile);
        if (info.authMethods().contains("SAFECOOKIE") && cookieFile.isPresent()) {
            safeCookie(readCookie(cookieFile.get()));
        } else if (info.authMethods().contains("COOKIE") && cookieFile.isPresent()) {
            check(reply("AUTHENTICATE " + HexFormat.of().formatHex(readCookie(cookieFile.get()))));
        } else if (info.authMethods().contains("HASHEDPASSWORD") && credentials.password().isPresent()) {
            check(reply("AUTHENTICATE " + QuotedString.encode(ByteString.utf8(credentials.password().get())).latin1()));
        } else {
            check(reply("AUTHENTICATE"));
        }
    }

    private static byte[] readCookie(Path file) {
        try {
            byte[] cookie = Files.readAllBytes(file);
            if (cookie.length != SafeCookie.COOKIE_LENGTH) {
                throw new LibraryError("BadCookie", OptionalInt.empty(), "the cookie file holds " + cookie.length + " bytes, not 32");
            }
            return cookie;
        } catch (IOException e) {
            throw new LibraryError("IOException", OptionalInt.empty(), e.getMessage());
        }
    }

    private void safeCookie(byte[] cookie) {
        byte[] clientNonce = new byte[32];
        new SecureRandom().nextBytes(clientNonce);
        AuthChallengeReply challenge = AuthChallengeReply.parse(check(reply("AUTHCHALLENGE SAFECOOKIE "
                + HexFormat.of().formatHex(clientNonce))));
        SafeCookie sc = new SafeCookie(cookie);
        byte[] serverNonce = challenge.serverNonce().toByteArray();
        if (!sc.isServerHash(clientNonce, serverNonce, challenge.serverHash().toByteArray())) {
            throw new LibraryError("BadServerHash", OptionalInt.empty(), "tor's SERVERHASH does not prove it knows the cookie");
        }
        check(reply("AUTHENTICATE " + HexFormat.of().withUpperCase().formatHex(sc.clientHash(clientNonce, serverNonce))));
    }

    // --- the reply loop

    private Reply reply(String command) {
        return reply(ByteString.utf8(command + "\r\n"), command);
    }

    /**
     * Sends one command and returns its reply; events that arrive meanwhile go to the event log in
     * order. Lines that are not reply lines are skipped (quarantined). Tor's "data block and no end
     * line" bug is recognised when an error data block is all that came and nothing follows: the
     * call fails with tor's text, and the decoder's late report of that block is skipped.
     */
    private synchronized Reply reply(ByteString command, String what) {
        int mark = raw.received().length();
        raw.send(command);
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new Hang(NAME, what, bound);
            }
            Optional<ReplyFrame> f = raw.nextFrame(Duration.ofNanos(Math.min(left, QUIET.toNanos())));
            if (f.isEmpty()) {
                if (raw.isClosedByPeer()) {
                    throw new LibraryError("ConnectionClosed", OptionalInt.empty(), "connection closed waiting for the reply to " + what);
                }
                java.util.regex.Matcher m = ERROR_BLOCK_ALONE.matcher(raw.received().slice(mark).latin1());
                if (m.matches()) {
                    unterminatedBlocks++;
                    throw new LibraryError("ErrorReply", OptionalInt.of(Integer.parseInt(m.group(1))), m.group(2).strip());
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
            if (f.get() instanceof org.torconformance.wire.Malformed bad) {
                if (bad.reason().contains("data block and no end line") && unterminatedBlocks > 0) {
                    unterminatedBlocks--;
                    continue;
                }
                if (bad.reason().startsWith("line does not start with")) {
                    continue;
                }
            }
            throw new LibraryError("Malformed", OptionalInt.empty(), f.get().toString());
        }
    }

    /** How long the connection must be quiet before an unterminated error data block counts as tor's bug. */
    private static final Duration QUIET = Duration.ofMillis(250);
    /** Everything since the command: one error line with "+", its data, the lone dot, nothing more. */
    private static final java.util.regex.Pattern ERROR_BLOCK_ALONE =
            java.util.regex.Pattern.compile("([45]\\d\\d)\\+[^\\r\\n]*\\r\\n((?:(?!\\.\\r\\n)[^\\n]*\\n)*)\\.\\r\\n");
    private int unterminatedBlocks;

    /** A +command: the keyword line, then the body dot-stuffed with CRLF line ends, then the lone dot. */
    private Reply replyWithBody(String firstLine, String body) {
        ByteStringBuilder b = new ByteStringBuilder();
        b.append(ByteString.utf8(firstLine)).crlf();
        String text = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.startsWith(".")) {
                b.append('.');
            }
            b.append(ByteString.utf8(l)).crlf();
        }
        b.append('.').crlf();
        return reply(b.build(), firstLine);
    }

    private void deliver(Reply r) {
        String type;
        try {
            type = Events.parse(r).type();
        } catch (RuntimeException malformed) {
            // tor's own malformed tokens (a doubly quoted DATA=) must not lose the event
            List<ByteString> words = org.torconformance.wire.LineTokenizer.tokens(r.first().text());
            type = words.isEmpty() ? "" : words.get(0).utf8();
        }
        List<String> lines = new ArrayList<>();
        for (ReplyLine l : r.lines()) {
            lines.add(l.text().utf8());
            if (l instanceof ReplyLine.Data d) {
                lines.add(d.data().utf8());
            }
        }
        events.add(new ControllerEvent(type, lines, keywordArguments(r.first().text())));
    }

    /** The first line's KEY=VALUE words, quoted values C-unescaped (control-spec §2.1.1). */
    static Map<String, String> keywordArguments(ByteString firstLine) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ByteString w : org.torconformance.wire.LineTokenizer.tokens(firstLine)) {
            int eq = w.indexOf('=');
            if (eq <= 0 || w.at(0) == '"') {
                continue;
            }
            ByteString v = w.slice(eq + 1);
            try {
                out.putIfAbsent(w.slice(0, eq).utf8(), (!v.isEmpty() && v.at(0) == '"' ? CString.decodeLenient(v) : v).utf8());
            } catch (RuntimeException malformed) {
                // a value tor itself mangled (DATA=""\006\001""): the event still counts, this argument does not
            }
        }
        return out;
    }

    /** 2xx, including 251 and 252, is success; anything else is the library's error, with tor's code and text. */
    private static Reply check(Reply r) {
        if (!r.isSuccess()) {
            throw new LibraryError("ErrorReply", OptionalInt.of(r.status()),
                    String.join("; ", r.lines().stream().map(l -> l.text().utf8()).toList()));
        }
        return r;
    }

    private void ok(String command) {
        check(reply(command));
    }

    // --- information and configuration

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
            out.put(text.substring(0, eq), l instanceof ReplyLine.Data d ? d.data().utf8() : text.substring(eq + 1));
        }
        return out;
    }

    /** Values are raw after the first '='; tor quotes (C-escapes) only values that need it. */
    @Override
    public Map<String, List<String>> getConf(List<String> keys) {
        Reply r = check(reply("GETCONF " + String.join(" ", keys)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            ByteString text = l.text();
            int eq = text.indexOf('=');
            if (eq < 0) {
                if (!text.equals(ByteString.latin1("OK")) || keys.stream().anyMatch(k -> k.equalsIgnoreCase("OK"))) {
                    out.computeIfAbsent(text.utf8(), k -> new ArrayList<>());
                }
                continue;
            }
            ByteString value = text.slice(eq + 1);
            if (!value.isEmpty() && value.at(0) == '"') {
                value = CString.decodeLenient(value);
            }
            out.computeIfAbsent(text.slice(0, eq).utf8(), k -> new ArrayList<>()).add(value.utf8());
        }
        return out;
    }

    @Override
    public void setConf(List<Map.Entry<String, String>> pairs) {
        ok("SETCONF" + assignments(pairs));
    }

    /** Each value as tor's unescape_string reads it back: bare when it is a plain word, else C-quoted. */
    static String assignments(List<Map.Entry<String, String>> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : pairs) {
            sb.append(' ').append(p.getKey());
            if (p.getValue() != null) {
                String v = p.getValue();
                boolean plain = !v.isEmpty() && v.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '\'');
                sb.append('=').append(plain ? v : EscForLog.escape(ByteString.utf8(v)).latin1());
            }
        }
        return sb.toString();
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
        check(replyWithBody("+LOADCONF", torrcText));
    }

    @Override
    public void setEvents(List<String> names) {
        ok(names.isEmpty() ? "SETEVENTS" : "SETEVENTS " + String.join(" ", names));
    }

    @Override
    public void signal(String name) {
        ok("SIGNAL " + name);
    }

    /** One line per pair; lines with other codes (512-, 451-) are the pairs tor refused. */
    @Override
    public Map<String, String> mapAddress(Map<String, String> pairs) {
        StringBuilder sb = new StringBuilder("MAPADDRESS");
        pairs.forEach((from, to) -> sb.append(' ').append(from).append('=').append(to));
        Reply r = reply(sb.toString());
        Map<String, String> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            int eq = text.indexOf('=');
            if (l.status() == 250 && eq > 0) {
                out.put(text.substring(0, eq), text.substring(eq + 1));
            }
        }
        if (out.isEmpty()) {
            check(r);
            throw new LibraryError("ErrorReply", OptionalInt.of(r.status()), r.end().text().utf8());
        }
        return out;
    }

    // --- circuits and streams

    @Override
    public String extendCircuit(String circuitId, List<String> path, Optional<String> purpose) {
        Reply r = check(reply("EXTENDCIRCUIT " + circuitId + (path.isEmpty() ? "" : " " + String.join(",", path))
                + purpose.map(p -> " purpose=" + p).orElse("")));
        String text = r.end().text().utf8();
        if (!text.startsWith("EXTENDED ")) {
            throw new LibraryError("Malformed", OptionalInt.empty(), "EXTENDCIRCUIT answered " + text);
        }
        return text.substring("EXTENDED ".length()).strip();
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
        Reply r = check(replyWithBody("+POSTDESCRIPTOR" + purpose.map(p -> " purpose=" + p).orElse("")
                + cache.map(c -> " cache=" + (c ? "yes" : "no")).orElse(""), descriptor));
        return r.end().text().utf8();
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
    public ProtocolInfoResult protocolInfo() {
        ProtocolInfo p = ProtocolInfo.parse(check(reply("PROTOCOLINFO 1")));
        return new ProtocolInfoResult(p.authMethods(), p.cookieFile().map(ByteString::utf8), p.torVersion().map(ByteString::utf8));
    }

    // --- onion services

    @Override
    public Map<String, String> addOnion(String key, Map<Integer, String> ports, List<String> flags) {
        StringBuilder sb = new StringBuilder("ADD_ONION ").append(key);
        if (!flags.isEmpty()) {
            sb.append(" Flags=").append(String.join(",", flags));
        }
        ports.forEach((virtual, target) -> sb.append(" Port=").append(virtual).append(target == null ? "" : "," + target));
        Reply r = check(reply(sb.toString()));
        Map<String, String> out = new LinkedHashMap<>();
        for (ReplyLine l : r.lines()) {
            String text = l.text().utf8();
            int eq = text.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(text.substring(0, eq), text.substring(eq + 1));
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
        StringBuilder sb = new StringBuilder("HSFETCH ").append(address);
        servers.forEach(s -> sb.append(" SERVER=").append(s));
        ok(sb.toString());
    }

    @Override
    public void hsPost(String descriptor, List<String> servers, Optional<String> address) {
        StringBuilder sb = new StringBuilder("+HSPOST");
        servers.forEach(s -> sb.append(" SERVER=").append(s));
        address.ifPresent(a -> sb.append(" HSADDRESS=").append(a));
        check(replyWithBody(sb.toString(), descriptor));
    }

    @Override
    public void onionClientAuthAdd(String address, String key, Optional<String> clientName, List<String> flags) {
        ok("ONION_CLIENT_AUTH_ADD " + address + " x25519:" + key + clientName.map(n -> " ClientName=" + n).orElse("")
                + (flags.isEmpty() ? "" : " Flags=" + String.join(",", flags)));
    }

    @Override
    public void onionClientAuthRemove(String address) {
        ok("ONION_CLIENT_AUTH_REMOVE " + address);
    }

    @Override
    public void onionClientAuthView(Optional<String> address) {
        ok("ONION_CLIENT_AUTH_VIEW" + address.map(a -> " " + a).orElse(""));
    }

    // --- anything else

    @Override
    public RawReply raw(String command) {
        Reply r = reply(command);
        return new RawReply(r.status(), r.lines().stream().map(l -> l.text().utf8()).toList());
    }

    @Override
    public List<ControllerEvent> events() {
        pumpEvents();
        return events.all();
    }

    @Override
    public Optional<ControllerEvent> awaitEvent(Predicate<ControllerEvent> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            pumpEvents();
            for (ControllerEvent e : events.all()) {
                if (match.test(e)) {
                    return Optional.of(e);
                }
            }
            Optional<ReplyFrame> f = raw.nextFrame(Duration.ofMillis(20));
            f.filter(x -> x instanceof Reply r && r.isEvent()).ifPresent(x -> deliver((Reply) x));
        } while (System.nanoTime() < deadline);
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
}
