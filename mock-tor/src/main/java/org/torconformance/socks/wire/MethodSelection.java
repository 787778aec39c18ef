package org.torconformance.socks.wire;

/** {@code 05 METHOD}: the server's answer to a greeting; {@code 05 FF} means no offered method is acceptable. */
public record MethodSelection(int version, AuthMethod method) implements ServerReply {
    public static MethodSelection of(AuthMethod method) {
        return new MethodSelection(5, method);
    }

    @Override
    public byte[] encode() {
        return new byte[] {(byte) version, (byte) method.code()};
    }
}
