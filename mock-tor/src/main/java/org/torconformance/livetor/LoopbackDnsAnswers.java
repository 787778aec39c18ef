package org.torconformance.livetor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The DNS logic of {@link LoopbackDnsStub}, bytes in and bytes out: {@code localhost} and names under
 * {@code .test} are 127.0.0.1, everything else does not exist.
 */
final class LoopbackDnsAnswers {
    static final int TYPE_A = 1;
    static final int CLASS_IN = 1;
    static final int RCODE_FORMERR = 1;
    static final int RCODE_NXDOMAIN = 3;
    static final int RCODE_NOTIMP = 4;
    private static final int HEADER_LENGTH = 12;
    private static final int TTL_SECONDS = 60;

    private LoopbackDnsAnswers() {
    }

    /** The one question of a query; {@code endOffset} is where it ends, so a response can copy it verbatim. */
    record Question(String name, int type, int questionClass, int endOffset) {
    }

    /** The response to {@code query}, or empty when the packet is not a query worth answering. */
    static Optional<byte[]> respond(byte[] query, int length) {
        if (length < HEADER_LENGTH || (query[2] & 0x80) != 0) {
            return Optional.empty(); // too short to carry an id, or itself a response
        }
        int opcode = (query[2] >> 3) & 0x0F;
        int questions = u16(query, 4);
        if (opcode != 0) {
            return Optional.of(header(query, RCODE_NOTIMP, 0, 0));
        }
        Optional<Question> question = questions == 1 ? parseQuestion(query, length) : Optional.empty();
        if (question.isEmpty()) {
            return Optional.of(header(query, RCODE_FORMERR, 0, 0));
        }
        Question q = question.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!isLoopbackName(q.name())) {
            out.writeBytes(header(query, RCODE_NXDOMAIN, 1, 0));
            out.write(query, HEADER_LENGTH, q.endOffset() - HEADER_LENGTH);
            return Optional.of(out.toByteArray());
        }
        // A name we own but a type we have no data for (AAAA, MX...): NOERROR with no answer, not
        // NXDOMAIN, which would claim the name does not exist at all.
        boolean answer = q.type() == TYPE_A && q.questionClass() == CLASS_IN;
        out.writeBytes(header(query, 0, 1, answer ? 1 : 0));
        out.write(query, HEADER_LENGTH, q.endOffset() - HEADER_LENGTH);
        if (answer) {
            out.writeBytes(new byte[] {
                (byte) 0xC0, HEADER_LENGTH, // name: pointer to the question's name
                0, TYPE_A, 0, CLASS_IN,
                0, 0, 0, TTL_SECONDS,
                0, 4, 127, 0, 0, 1});
        }
        return Optional.of(out.toByteArray());
    }

    static boolean isLoopbackName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.equals("localhost") || n.endsWith(".test");
    }

    static Optional<Question> parseQuestion(byte[] packet, int length) {
        StringBuilder name = new StringBuilder();
        int offset = HEADER_LENGTH;
        while (true) {
            if (offset >= length) {
                return Optional.empty();
            }
            int labelLength = packet[offset] & 0xFF;
            offset++;
            if (labelLength == 0) {
                break;
            }
            if (labelLength > 63 || offset + labelLength > length) {
                return Optional.empty(); // compression pointers have no place in a question
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(packet, offset, labelLength, StandardCharsets.ISO_8859_1));
            offset += labelLength;
        }
        if (offset + 4 > length) {
            return Optional.empty();
        }
        return Optional.of(new Question(name.toString(), u16(packet, offset), u16(packet, offset + 2), offset + 4));
    }

    private static byte[] header(byte[] query, int rcode, int questions, int answers) {
        byte recursionDesired = (byte) (query[2] & 0x01);
        return new byte[] {
            query[0], query[1],
            (byte) (0x80 | 0x04 | recursionDesired | (query[2] & 0x78)), // QR, AA, opcode and RD copied
            (byte) (0x80 | rcode), // RA: the stub is the resolver tor was told to use
            0, (byte) questions, 0, (byte) answers, 0, 0, 0, 0};
    }

    private static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }
}
