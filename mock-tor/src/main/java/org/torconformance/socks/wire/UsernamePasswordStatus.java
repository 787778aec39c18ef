package org.torconformance.socks.wire;

/** RFC 1929 {@code VER STATUS}; tor only ever sends {@code 01 00}. */
public record UsernamePasswordStatus(int version, int status) implements ServerReply {
    public static final UsernamePasswordStatus SUCCESS = new UsernamePasswordStatus(1, 0);

    @Override
    public byte[] encode() {
        return new byte[] {(byte) version, (byte) status};
    }
}
