package org.torconformance.robustness.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.torconformance.socks.SocksSetup;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.ClientFamily;
import org.torconformance.socks.wire.SessionOutput;
import org.torconformance.socks.wire.SocksPortOptions;
import org.torconformance.socks.wire.SocksServerSession;

/**
 * The SOCKS port: one input per connection, sent as is. Seeds are SOCKS4, SOCKS4a and SOCKS5 greetings and
 * requests (CONNECT, RESOLVE F0, RESOLVE_PTR F1, RFC 1929 username/password), the HTTP and v0 probes, for
 * names that {@link #routes} answer at once, so a connection the mock leaves open is a hang, not a wait:
 * nothing ever connects anywhere but to {@code closedPort}, a loopback port that refuses.
 *
 * <p>An input whose handshake is unfinished (as tor's parser, the pure session, judges it when fed the
 * whole input) is half-closed: tor, like the mock, would otherwise wait SocksTimeout for the rest. One
 * finished input in eight is half-closed too, so that EOF also meets answers and refusals.
 */
final class SocksPortTarget implements FuzzTarget {
    static final String RESOLVED_NAME = "resolve.test";
    static final String RESOLVED_ADDRESS = "198.18.0.7";

    /**
     * The fuzzed port's flags. Without NoIsolateSOCKSAuth every distinct fuzzed username would get a circuit
     * of its own, as in tor: 100,000 inputs would build tens of thousands of circuits, a load test of the
     * circuit model rather than of the SOCKS port. (It also makes the port prefer no authentication.)
     */
    static final SocksPortOptions PORT_OPTIONS = SocksSetup.MOCK_DEFAULTS.withIsolateSocksAuth(false);

    private final int port;
    private final Mutator mutator = new Mutator(seeds());

    SocksPortTarget(int port) {
        this.port = port;
    }

    /** Rules under which every request is decided at once: refusals, DNS answers, faults, a refused connect. */
    static List<String> routes(int closedPort) {
        return List.of(RESOLVED_NAME + " -> resolve " + RESOLVED_ADDRESS,
                RESOLVED_ADDRESS + " -> resolve " + RESOLVED_NAME,
                "refused.test -> refuse 4",
                "extended.test -> refuse 0xF6",
                "closed.test -> connect 127.0.0.1:" + closedPort,
                "garbage.test -> fault garbage",
                "close.test -> fault close",
                "reset.test -> fault reset",
                "* -> refuse unreachable");
    }

    static List<String> seeds() {
        List<String> names = List.of(RESOLVED_NAME, "refused.test", "extended.test", "closed.test", "garbage.test",
                "close.test", "reset.test", "example.com", "localhost",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaad.onion");
        String noAuth = "050100";
        String userPass = "0502000201" + "04" + hex("user") + "04" + hex("pass");
        List<String> hexSeeds = new java.util.ArrayList<>();
        for (String name : names) {
            String domain = "03" + String.format("%02x", name.length()) + hex(name);
            hexSeeds.add(noAuth + "050100" + domain + "0050");
            hexSeeds.add(userPass + "05f000" + domain + "0000");
            hexSeeds.add("04010050" + "00000001" + hex("user") + "00" + hex(name) + "00");
            hexSeeds.add("04f00000" + "00000001" + "00" + hex(name) + "00");
        }
        hexSeeds.addAll(List.of(
                noAuth + "05010001" + "7f000001" + "0050",
                noAuth + "05010001" + "c6120007" + "01bb",
                noAuth + "05010004" + "0000000000000000000000000000000" + "1" + "0050",
                noAuth + "05f00001" + "01020304" + "0000",
                noAuth + "05f10001" + "c6120007" + "0000",
                noAuth + "05f10004" + "20010db8000000000000000000000001" + "0000",
                "050101" + "050100" + "03" + "0b" + hex("example.com") + "0050",
                "0503000102" + "0101" + "61" + "01" + "62" + "050100030161" + "0050",
                "04010050" + "7f000001" + "00",
                "04010050" + "c6120007" + hex("id") + "00",
                "04f00000" + "01020304" + "00",
                hex("GET / HTTP/1.0\r\n\r\n"),
                hex("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"),
                "000000010000",
                "00"));
        return hexSeeds.stream().map(h -> new String(HexFormat.of().parseHex(h), StandardCharsets.ISO_8859_1)).toList();
    }

    @Override
    public String name() {
        return "SOCKS port";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public int inputsPerConnection() {
        return 1;
    }

    @Override
    public byte[] frame(List<byte[]> inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        inputs.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    public byte[] nextInput(SplittableRandom random) {
        if (random.nextInt(20_000) == 0) { // over 1 MiB: a SOCKS4 user id that never ends, or a SOCKS5 flood
            byte[] huge = new byte[1024 * 1024 + random.nextInt(1024)];
            Arrays.fill(huge, (byte) (random.nextBoolean() ? 'u' : 5));
            huge[0] = 4;
            huge[1] = 1;
            return huge;
        }
        return mutator.next(random);
    }

    @Override
    public boolean halfClose(byte[] frame) {
        SocksServerSession session = new SocksServerSession(PORT_OPTIONS, ClientFamily.IPV4, AddressMapping.NONE);
        return session.feed(frame).next() instanceof SessionOutput.NeedMore || (Arrays.hashCode(frame) & 7) == 0;
    }

    private static String hex(String latin1) {
        return HexFormat.of().formatHex(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }
}
