package org.torconformance.socks.wire;

import java.util.Arrays;

/**
 * RFC 1929 {@code VER ULEN UNAME PLEN PASSWD}. {@code version} is 1 in a well-formed message; other values
 * exist so tests can send the "bad sub-negotiation version" case. Credentials are bytes, not text.
 */
public record UsernamePasswordAuth(int version, byte[] username, byte[] password) implements ClientMessage {
    public UsernamePasswordAuth {
        if (version < 0 || version > 0xff) {
            throw new IllegalArgumentException("version is one byte");
        }
        if (username.length > 255 || password.length > 255) {
            throw new IllegalArgumentException("RFC 1929 fields hold at most 255 bytes");
        }
        username = Bytes.copy(username);
        password = Bytes.copy(password);
    }

    public static UsernamePasswordAuth of(byte[] username, byte[] password) {
        return new UsernamePasswordAuth(1, username, password);
    }

    public static UsernamePasswordAuth of(String latin1Username, String latin1Password) {
        return of(Bytes.latin1(latin1Username), Bytes.latin1(latin1Password));
    }

    @Override
    public byte[] username() {
        return Bytes.copy(username);
    }

    @Override
    public byte[] password() {
        return Bytes.copy(password);
    }

    @Override
    public byte[] encode() {
        return Bytes.concat(new byte[] {(byte) version, (byte) username.length}, username,
                new byte[] {(byte) password.length}, password);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsernamePasswordAuth other && version == other.version
                && Arrays.equals(username, other.username) && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "UsernamePasswordAuth[" + Bytes.hex(encode()) + "]";
    }
}
