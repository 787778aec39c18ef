package org.torconformance.socks;

import java.util.List;

/**
 * The SOCKS listeners the mock has open, as {@code GETINFO net/listeners/socks} lists them
 * ({@code "127.0.0.1:9050"}): the {@code SocksListeners} part of the TorModel.
 */
public record SocksListeners(List<String> addresses) {
    public SocksListeners {
        addresses = List.copyOf(addresses);
    }
}
