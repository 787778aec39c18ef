package org.torconformance.control.circuits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A router descriptor from the private test network (relay0, 127.0.0.1), signed by its relay: what
 * +POSTDESCRIPTOR accepts on a live tor 0.4.9.11.
 */
final class Descriptors {
    static final String RELAY0_ID = "75C96084B812373E9E2FE275B4ED7B6DA2BDBBFE";

    private Descriptors() {
    }

    static String relay0() {
        try (InputStream in = Descriptors.class.getResourceAsStream("/circuits/relay0.desc")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The +POSTDESCRIPTOR command for {@code descriptor}, with CRLF line ends and the final dot. */
    static String post(String arguments, String descriptor) {
        return "+POSTDESCRIPTOR" + arguments + "\r\n" + descriptor.replace("\n", "\r\n") + ".\r\n";
    }
}
