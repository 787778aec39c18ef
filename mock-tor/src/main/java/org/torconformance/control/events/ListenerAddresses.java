package org.torconformance.control.events;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.torconformance.control.TorModel;

/**
 * The listeners the mocked tor has open, by tor's listener type ({@code net/listeners/<type>},
 * and the listener lines of SIGNAL DUMP). Whatever opens a listener (the mock's control port and
 * socket, the SOCKS ports) registers it with {@link #register}, with the port it really bound:
 * the options may say {@code auto}.
 */
public final class ListenerAddresses {
    /** Tor's listener types, as net/listeners/ names them, with the name its connection lists use. */
    public enum Type {
        OR("or", "OR listener"),
        DIR("dir", "Directory listener"),
        SOCKS("socks", "Socks listener"),
        TRANS("trans", "Transparent pf/netfilter listener"),
        NATD("natd", "Transparent natd listener"),
        DNS("dns", "DNS listener"),
        CONTROL("control", "Control listener"),
        EXTOR("extor", "Extended OR listener"),
        HTTPTUNNEL("httptunnel", "HTTP tunnel listener"),
        METRICS("metrics", "Metrics listener");

        private final String key;
        private final String description;

        Type(String key, String description) {
            this.key = key;
            this.description = description;
        }

        public String key() {
            return key;
        }

        /** As tor's connection_describe names the listener. */
        public String description() {
            return description;
        }
    }

    private final Map<Type, List<Supplier<List<String>>>> sources = new LinkedHashMap<>();

    public static ListenerAddresses of(TorModel model) {
        return model.part(ListenerAddresses.class, ListenerAddresses::new);
    }

    /** {@code addresses} gives tor's form of each bound address (see {@link #format}), asked anew each time. */
    public void register(Type type, Supplier<List<String>> addresses) {
        sources.computeIfAbsent(type, t -> new ArrayList<>()).add(addresses);
    }

    public List<String> addresses(Type type) {
        List<String> out = new ArrayList<>();
        sources.getOrDefault(type, List.of()).forEach(s -> out.addAll(s.get()));
        return out;
    }

    /** Tor's {@code tor_sockaddr_to_str}: {@code 127.0.0.1:9050}, {@code [::1]:9050}, {@code unix:/path}. */
    public static String format(SocketAddress address) {
        if (address instanceof UnixDomainSocketAddress unix) {
            return "unix:" + unix.getPath();
        }
        InetSocketAddress inet = (InetSocketAddress) address;
        String host = inet.getAddress().getHostAddress();
        if (inet.getAddress() instanceof Inet6Address) {
            host = "[" + compressIpv6(host) + "]";
        }
        return host + ":" + inet.getPort();
    }

    private static String compressIpv6(String full) {
        int scope = full.indexOf('%');
        String bare = scope < 0 ? full : full.substring(0, scope);
        return bare.replaceFirst("(^|:)(0(:|$)){2,}", "::");
    }
}
