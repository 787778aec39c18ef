package org.torconformance.livetor;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Asks an authority's DirPort how many relays its current microdescriptor consensus lists. */
final class ConsensusProbe {
    private static final int TIMEOUT_MS = 2_000;

    private ConsensusProbe() {
    }

    /** The number of router entries, or 0 while no consensus is served (404) or the DirPort is not up. */
    static int relaysListed(int dirPort) {
        HttpURLConnection http = null;
        try {
            URL url = new URL("http", Loopback.HOST, dirPort, "/tor/status-vote/current/consensus-microdesc");
            http = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            if (http.getResponseCode() != 200) {
                return 0;
            }
            try (InputStream in = http.getInputStream()) {
                String consensus = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                return (int) consensus.lines().filter(l -> l.startsWith("r ")).count();
            }
        } catch (IOException e) {
            return 0;
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }
}
