package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackDnsStubTest {
    private static final int TYPE_AAAA = 28;

    @Test
    void answersAForTestNamesWithLoopbackAndEchoesTheQuestionCase() {
        byte[] query = query(0x1234, "wEb.TeSt", LoopbackDnsAnswers.TYPE_A);
        byte[] response = LoopbackDnsAnswers.respond(query, query.length).orElseThrow();

        assertEquals(0x12, response[0]);
        assertEquals(0x34, response[1]);
        assertEquals(0, response[3] & 0x0F, "rcode");
        assertEquals(1, response[7], "answer count");
        assertArrayEquals(Arrays.copyOfRange(query, 12, query.length),
                Arrays.copyOfRange(response, 12, query.length), "question echoed byte for byte");
        assertArrayEquals(new byte[] {127, 0, 0, 1}, Arrays.copyOfRange(response, response.length - 4, response.length));
    }

    @Test
    void localhostIsLoopbackToo() {
        byte[] query = query(1, "localhost", LoopbackDnsAnswers.TYPE_A);
        assertEquals(1, LoopbackDnsAnswers.respond(query, query.length).orElseThrow()[7]);
    }

    @Test
    void otherNamesDoNotExist() {
        for (String name : List.of("example.com", "test", "test.example", "localhost.localdomain")) {
            byte[] query = query(7, name, LoopbackDnsAnswers.TYPE_A);
            byte[] response = LoopbackDnsAnswers.respond(query, query.length).orElseThrow();
            assertEquals(LoopbackDnsAnswers.RCODE_NXDOMAIN, response[3] & 0x0F, name);
            assertEquals(0, response[7], name);
        }
    }

    @Test
    void otherTypesOfOurNamesHaveNoData() {
        byte[] query = query(9, "web.test", TYPE_AAAA);
        byte[] response = LoopbackDnsAnswers.respond(query, query.length).orElseThrow();
        assertEquals(0, response[3] & 0x0F);
        assertEquals(0, response[7]);
    }

    @Test
    void malformedQueriesGetFormErrAndResponsesAreIgnored() {
        byte[] truncated = Arrays.copyOf(query(3, "web.test", 1), 16);
        assertEquals(LoopbackDnsAnswers.RCODE_FORMERR,
                LoopbackDnsAnswers.respond(truncated, truncated.length).orElseThrow()[3] & 0x0F);
        byte[] response = LoopbackDnsAnswers.respond(query(3, "web.test", 1), 26).orElseThrow();
        assertTrue(LoopbackDnsAnswers.respond(response, response.length).isEmpty());
        assertTrue(LoopbackDnsAnswers.respond(new byte[5], 5).isEmpty());
    }

    @Test
    void answersOverUdpOnLoopback() throws Exception {
        try (LoopbackDnsStub stub = LoopbackDnsStub.start(); DatagramSocket client = new DatagramSocket()) {
            client.setSoTimeout(5_000);
            byte[] query = query(42, "Web.Test", LoopbackDnsAnswers.TYPE_A);
            client.send(new DatagramPacket(query, query.length, new InetSocketAddress("127.0.0.1", stub.port())));
            DatagramPacket reply = new DatagramPacket(new byte[512], 512);
            client.receive(reply);

            assertEquals(42, reply.getData()[1]);
            assertArrayEquals(new byte[] {127, 0, 0, 1},
                    Arrays.copyOfRange(reply.getData(), reply.getLength() - 4, reply.getLength()));
            assertEquals(List.of("Web.Test"), stub.queriedNames());
            assertEquals("nameserver 127.0.0.1:" + stub.port(), stub.resolvConfLine());
        }
    }

    static byte[] query(int id, String name, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) (id >> 8), (byte) id, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : name.split("\\.")) {
            byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
            out.write(bytes.length);
            out.writeBytes(bytes);
        }
        out.writeBytes(new byte[] {0, 0, (byte) type, 0, 1});
        return out.toByteArray();
    }
}
