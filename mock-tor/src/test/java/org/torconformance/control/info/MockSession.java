package org.torconformance.control.info;

import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** A mock configured like LiveTor's default tor (DisableNetwork 1, SocksPort 0) and one authenticated controller. */
record MockSession(MockTor tor, RawControlClient client) implements AutoCloseable {
    static MockSession start(boolean torQuirks, String... options) {
        MockTor.Builder b = MockTor.builder().option("DisableNetwork", "1").option("SocksPort", "0").torQuirks(torQuirks);
        for (int i = 0; i + 1 < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        MockTor tor = b.start();
        RawControlClient c = RawControlClient.connect(tor.controlPort());
        Reply auth = c.command("AUTHENTICATE");
        if (auth.status() != 250) {
            throw new IllegalStateException("AUTHENTICATE: " + auth);
        }
        c.drain(java.time.Duration.ZERO, java.time.Duration.ZERO);
        return new MockSession(tor, c);
    }

    /** The reply's bytes as the mock wrote them. */
    String wire(String command) {
        return client.command(command).encode().latin1();
    }

    @Override
    public void close() {
        client.close();
        tor.close();
    }
}
