package org.torconformance.socks.wire;

import java.util.Arrays;

/** {@code 05 NMETHODS METHODS...}: the SOCKS5 version/method-selection message. */
public record Socks5Greeting(byte[] methods) implements ClientMessage {
    public Socks5Greeting {
        if (methods.length > 255) {
            throw new IllegalArgumentException("at most 255 methods");
        }
        methods = Bytes.copy(methods);
    }

    public static Socks5Greeting of(AuthMethod... methods) {
        byte[] codes = new byte[methods.length];
        for (int i = 0; i < methods.length; i++) {
            codes[i] = (byte) methods[i].code();
        }
        return new Socks5Greeting(codes);
    }

    @Override
    public byte[] methods() {
        return Bytes.copy(methods);
    }

    @Override
    public byte[] encode() {
        return Bytes.concat(new byte[] {5, (byte) methods.length}, methods);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Socks5Greeting other && Arrays.equals(methods, other.methods);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(methods);
    }

    @Override
    public String toString() {
        return "Socks5Greeting[" + Bytes.hex(methods) + "]";
    }
}
