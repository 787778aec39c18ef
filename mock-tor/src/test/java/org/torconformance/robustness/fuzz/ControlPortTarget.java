package org.torconformance.robustness.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * The control port: a connection authenticates (most of the time; sometimes the inputs meet the
 * authentication gate and the v0/HTTP probe), then carries many inputs, one per line; a lone "."
 * line ends any data block an input opened, and QUIT makes the mock close. Inputs that would make
 * tor exit (taking ownership, SIGNAL SHUTDOWN, ...) are not sent: tor would exit too.
 */
final class ControlPortTarget implements FuzzTarget {
    static final List<String> SEEDS = List.of("PROTOCOLINFO 1", "PROTOCOLINFO", "AUTHENTICATE", "AUTHENTICATE \"secret\"",
            "AUTHENTICATE 0011AABB", "AUTHCHALLENGE SAFECOOKIE 00112233445566778899AABBCCDDEEFF", "AUTHCHALLENGE SAFECOOKIE \"nonce\"",
            "GETINFO version", "GETINFO config/names config-text", "GETINFO onions/current", "SETEVENTS CIRC STREAM ORCONN",
            "SETEVENTS EXTENDED CIRC", "GETCONF SocksPort ControlPort", "SETCONF SocksPort=9050 Log=\"notice stdout\"",
            "RESETCONF SocksPort", "+LOADCONF\r\nSocksPort 0\r\nLog notice stdout\r\n.", "MAPADDRESS 1.2.3.4=torproject.org",
            "ADD_ONION NEW:ED25519-V3 Port=80,127.0.0.1:8080", "ADD_ONION NEW:BEST Flags=DiscardPK,Detach Port=80",
            "DEL_ONION aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "HSFETCH v3-aaaa SERVER=$AAAA",
            "+HSPOST HSADDRESS=aaaa\r\nhs-descriptor 3\r\n.", "ONION_CLIENT_AUTH_ADD aaaa x25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "ONION_CLIENT_AUTH_REMOVE aaaa", "ONION_CLIENT_AUTH_VIEW", "USEFEATURE EXTENDED_EVENTS VERBOSE_NAMES", "DROPOWNERSHIP",
            "SETROUTERPURPOSE x general", "EXTENDCIRCUIT 0 a,b purpose=general", "SETCIRCUITPURPOSE 1 purpose=general",
            "ATTACHSTREAM 1 2", "REDIRECTSTREAM 1 a.b", "CLOSESTREAM 1 1", "CLOSECIRCUIT 1 IfUnused", "RESOLVE mode=reverse 1.2.3.4",
            "POSTDESCRIPTOR purpose=general", "DROPGUARDS", "DROPTIMEOUTS", "GETINFO ns/all", "\"quoted\" \\x00 \\\"", "");
    private static final Pattern EXITS = Pattern.compile("(?i)ownership|owning|signal|halt|shutdown");

    private final int port;
    private final Mutator mutator = new Mutator(SEEDS);

    ControlPortTarget(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "control port";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public int inputsPerConnection() {
        return 50;
    }

    @Override
    public byte[] frame(List<byte[]> inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (inputs.get(0).length % 10 != 0) { // one batch in ten meets the authentication gate
            out.writeBytes("AUTHENTICATE\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        for (byte[] input : inputs) {
            out.writeBytes(input);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        out.writeBytes("\r\n.\r\nQUIT\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Override
    public byte[] nextInput(SplittableRandom random) {
        if (random.nextInt(20_000) == 0) {
            byte[] tooLong = new byte[1024 * 1024 + random.nextInt(1024)];
            java.util.Arrays.fill(tooLong, (byte) 'G');
            return tooLong;
        }
        while (true) {
            byte[] input = mutator.next(random);
            if (!EXITS.matcher(new String(input, StandardCharsets.ISO_8859_1)).find()) {
                return input;
            }
        }
    }
}
