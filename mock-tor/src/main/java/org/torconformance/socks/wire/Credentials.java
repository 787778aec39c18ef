package org.torconformance.socks.wire;

import java.util.Arrays;

/**
 * What a client authenticated with, as sent: RFC 1929 username and password, or a SOCKS4 user id (with an
 * empty password). Tor uses them only for stream isolation; an empty field counts as absent there.
 */
public record Credentials(byte[] username, byte[] password) {
    public Credentials {
        username = Bytes.copy(username);
        password = Bytes.copy(password);
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
    public boolean equals(Object o) {
        return o instanceof Credentials other && Arrays.equals(username, other.username)
                && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(username) + Arrays.hashCode(password);
    }

    @Override
    public String toString() {
        return "Credentials[" + TorEscape.forLog(Bytes.latin1(username)) + ", "
                + TorEscape.forLog(Bytes.latin1(password)) + "]";
    }
}
