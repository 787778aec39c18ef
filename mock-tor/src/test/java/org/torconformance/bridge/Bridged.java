package org.torconformance.bridge;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.torconformance.MockTor;

/**
 * A mock with a SOCKS port whose route {@code web.test} leads to an HTTP server on 127.0.0.1, and a controller
 * subscribed to STREAM, CIRC, STREAM_BW and ADDRMAP. Seeded.
 */
final class Bridged implements AutoCloseable {
    /** The fields every default-port stream ends with, at NYM epoch 0. */
    static final String ISO = "CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 "
            + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH";

    final HttpDestination web;
    final MockTor tor;
    final EventLog log;

    private Bridged(HttpDestination web, MockTor tor) {
        this.web = web;
        this.tor = tor;
        this.log = new EventLog(tor.controlPort(), "STREAM CIRC STREAM_BW ADDRMAP");
    }

    static Bridged start() throws IOException {
        return start(b -> b);
    }

    static Bridged start(UnaryOperator<MockTor.Builder> options) throws IOException {
        HttpDestination web = new HttpDestination();
        MockTor tor = options.apply(MockTor.builder().seed(3).socksPort(0)
                .socksRoute("web.test -> connect 127.0.0.1:" + web.port())).start();
        return new Bridged(web, tor);
    }

    SocksClient client() throws IOException {
        return new SocksClient(tor.socksPort());
    }

    @Override
    public void close() {
        log.close();
        tor.close();
        web.close();
    }
}
