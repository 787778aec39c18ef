package org.torconformance.conformance.jtorctl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import net.freehaven.tor.control.ConfigEntry;
import net.freehaven.tor.control.TorControlConnection;
import net.freehaven.tor.control.TorControlError;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.EventLog;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.ProtocolInfoResult;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.conformance.controller.Unimplemented;

/**
 * jtorctl 0.4.5.7 (info.guardianproject) in-process: each operation calls the library's public API
 * on a bounded thread. Events are taken from its raw listener, the form its users see.
 *
 * <p>As jtorctl's users do, it authenticates with {@code authenticate(byte[])}: the cookie file's
 * bytes, or the password's bytes (both sent hex-encoded); it has no PROTOCOLINFO-driven method
 * choice. jtorctl reports an error reply as {@code TorControlError("Error reply: " + text)} without
 * the status code, so its {@link LibraryError}s carry no status; {@code extendCircuit} returns the
 * reply text ({@code EXTENDED 7}) as jtorctl does.
 */
public final class JtorctlController implements Controller {
    static final String LIBRARY = "jtorctl";

    private final BoundedCalls calls;
    private final EventLog events = new EventLog();
    private Socket socket;
    private TorControlConnection conn;

    public JtorctlController(Duration bound) {
        this.calls = new BoundedCalls(LIBRARY, bound);
    }

    private <T> T call(String operation, IoCall<T> c) {
        try {
            return calls.call(operation, c::call);
        } catch (TorControlError e) {
            throw new LibraryError("TorControlError", e.getErrorType() > 0 ? OptionalInt.of(e.getErrorType()) : OptionalInt.empty(),
                    String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new LibraryError(e.getClass().getSimpleName(), OptionalInt.empty(), String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof org.torconformance.conformance.controller.Hang) {
                throw e;
            }
            throw new LibraryError(e.getClass().getSimpleName(), OptionalInt.empty(), String.valueOf(e.getMessage()));
        } catch (Exception e) {
            throw new LibraryError(e.getClass().getSimpleName(), OptionalInt.empty(), String.valueOf(e.getMessage()));
        }
    }

    private void run(String operation, IoRun r) {
        call(operation, () -> {
            r.run();
            return null;
        });
    }

    @FunctionalInterface
    interface IoCall<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    interface IoRun {
        void run() throws Exception;
    }

    @Override
    public void connect(ControlEndpoint endpoint, Credentials credentials) {
        if (endpoint.socket().isPresent()) {
            throw new Unimplemented(LIBRARY, "Unix control sockets (it takes a Socket or streams; Java 17 gives no Socket for a Unix-domain channel)");
        }
        run("connect", () -> {
            socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port());
            conn = new TorControlConnection(socket);
            conn.addRawEventListener((keyword, data) -> events.add(new ControllerEvent(keyword, List.of(data), Map.of())));
            conn.launchThread(true);
            byte[] secret;
            if (credentials.password().isPresent()) {
                secret = credentials.password().get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else if (credentials.cookieFile().isPresent()) {
                secret = Files.readAllBytes(credentials.cookieFile().get());
            } else {
                secret = new byte[0];
            }
            conn.authenticate(secret);
        });
    }

    @Override
    public Map<String, String> getInfo(List<String> keys) {
        return call("getInfo", () -> conn.getInfo(keys));
    }

    @Override
    public Map<String, List<String>> getConf(List<String> keys) {
        return call("getConf", () -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (ConfigEntry e : conn.getConf(keys)) {
                List<String> values = out.computeIfAbsent(e.key, k -> new ArrayList<>());
                // jtorctl marks a bare "250 Key" (no value set) with is_default and an empty value.
                if (!e.is_default) {
                    values.add(e.value);
                }
            }
            return out;
        });
    }

    @Override
    public void setConf(List<Map.Entry<String, String>> pairs) {
        run("setConf", () -> {
            List<String> kv = new ArrayList<>();
            for (Map.Entry<String, String> p : pairs) {
                // jtorctl documents a bare key as "reset to default"; 0.4.5.7 then throws
                // StringIndexOutOfBoundsException, which the suite reports as the library's failure.
                kv.add(p.getValue() == null ? p.getKey() : p.getKey() + " " + p.getValue());
            }
            conn.setConf(kv);
        });
    }

    @Override
    public void resetConf(List<String> keys) {
        run("resetConf", () -> conn.resetConf(keys));
    }

    @Override
    public void saveConf(boolean force) {
        run("saveConf", () -> {
            if (force) {
                conn.saveConfForce();
            } else {
                conn.saveConf();
            }
        });
    }

    @Override
    public void loadConf(String torrcText) {
        run("loadConf", () -> conn.loadConf(torrcText));
    }

    @Override
    public void setEvents(List<String> names) {
        run("setEvents", () -> conn.setEvents(names));
    }

    @Override
    public void signal(String name) {
        run("signal", () -> conn.signal(name));
    }

    @Override
    public Map<String, String> mapAddress(Map<String, String> pairs) {
        return call("mapAddress", () -> conn.mapAddresses(pairs));
    }

    @Override
    public String extendCircuit(String circuitId, List<String> path, Optional<String> purpose) {
        if (purpose.isPresent()) {
            throw new Unimplemented(LIBRARY, "EXTENDCIRCUIT purpose=");
        }
        return call("extendCircuit", () -> conn.extendCircuit(circuitId, String.join(",", path)));
    }

    @Override
    public void setCircuitPurpose(String circuitId, String purpose) {
        run("setCircuitPurpose", () -> conn.setCircuitPurpose(circuitId, purpose));
    }

    @Override
    public void attachStream(String streamId, String circuitId, Optional<Integer> hop) {
        if (hop.isPresent()) {
            throw new Unimplemented(LIBRARY, "ATTACHSTREAM HOP=");
        }
        run("attachStream", () -> conn.attachStream(streamId, circuitId));
    }

    @Override
    public void redirectStream(String streamId, String address, Optional<Integer> port) {
        if (port.isPresent()) {
            throw new Unimplemented(LIBRARY, "REDIRECTSTREAM with a port");
        }
        run("redirectStream", () -> conn.redirectStream(streamId, address));
    }

    @Override
    public void closeStream(String streamId, int reason) {
        run("closeStream", () -> conn.closeStream(streamId, (byte) reason));
    }

    @Override
    public void closeCircuit(String circuitId, boolean ifUnused) {
        run("closeCircuit", () -> conn.closeCircuit(circuitId, ifUnused));
    }

    @Override
    public String postDescriptor(String descriptor, Optional<String> purpose, Optional<Boolean> cache) {
        return call("postDescriptor", () -> {
            if (purpose.isPresent() && cache.isPresent()) {
                return conn.postDescriptor(purpose.get(), cache.get(), descriptor);
            } else if (purpose.isPresent()) {
                return conn.postDescriptor(purpose.get(), descriptor);
            } else if (cache.isPresent()) {
                return conn.postDescriptor(cache.get(), descriptor);
            }
            return conn.postDescriptor(descriptor);
        });
    }

    @Override
    public void useFeature(List<String> features) {
        run("useFeature", () -> conn.useFeature(features));
    }

    @Override
    public void resolve(List<String> addresses, boolean reverse) {
        run("resolve", () -> {
            for (String a : addresses) {
                conn.resolve(a, reverse);
            }
        });
    }

    @Override
    public void takeOwnership() {
        run("takeOwnership", () -> conn.takeOwnership());
    }

    @Override
    public void dropOwnership() {
        run("dropOwnership", () -> conn.dropOwnership());
    }

    @Override
    public void dropGuards() {
        run("dropGuards", () -> conn.dropGuards());
    }

    @Override
    public void dropTimeouts() {
        run("dropTimeouts", () -> conn.dropTimeouts());
    }

    @Override
    public ProtocolInfoResult protocolInfo() {
        throw new Unimplemented(LIBRARY, "PROTOCOLINFO results (protocolInfo() returns nothing)");
    }

    @Override
    public Map<String, String> addOnion(String key, Map<Integer, String> ports, List<String> flags) {
        return call("addOnion", () -> {
            // The flags-list overload passes every flag through; the boolean one knows only DiscardPK and Detach.
            Map<String, String> got = conn.addOnion(key, ports, flags);
            // jtorctl names the values onionAddress and onionPrivKey (the first and second reply lines).
            Map<String, String> out = new LinkedHashMap<>();
            if (got.containsKey("onionAddress")) {
                out.put("ServiceID", got.get("onionAddress"));
            }
            if (got.containsKey("onionPrivKey")) {
                out.put("PrivateKey", got.get("onionPrivKey"));
            }
            return out;
        });
    }

    @Override
    public void delOnion(String serviceId) {
        run("delOnion", () -> conn.delOnion(serviceId));
    }

    @Override
    public void hsFetch(String address, List<String> servers) {
        run("hsFetch", () -> conn.hsFetch(address, servers));
    }

    @Override
    public void hsPost(String descriptor, List<String> servers, Optional<String> address) {
        run("hsPost", () -> conn.hsPost(servers, address.orElse(null), descriptor));
    }

    @Override
    public void onionClientAuthAdd(String address, String key, Optional<String> clientName, List<String> flags) {
        if (!flags.isEmpty()) {
            throw new Unimplemented(LIBRARY, "ONION_CLIENT_AUTH_ADD Flags=");
        }
        run("onionClientAuthAdd", () -> {
            if (clientName.isPresent()) {
                conn.onionClientAuthAdd(address, key, clientName.get());
            } else {
                conn.onionClientAuthAdd(address, key);
            }
        });
    }

    @Override
    public void onionClientAuthRemove(String address) {
        run("onionClientAuthRemove", () -> conn.onionClientAuthRemove(address));
    }

    /** jtorctl appends the argument to the keyword as given, so "all" is the empty string. */
    @Override
    public void onionClientAuthView(Optional<String> address) {
        run("onionClientAuthView", () -> conn.onionClientAuthView(address.orElse("")));
    }

    @Override
    public RawReply raw(String command) {
        throw new Unimplemented(LIBRARY, "raw commands (sendAndWaitForResponse is protected)");
    }

    @Override
    public List<ControllerEvent> events() {
        return events.all();
    }

    @Override
    public Optional<ControllerEvent> awaitEvent(Predicate<ControllerEvent> match, Duration timeout) {
        return events.await(match, timeout);
    }

    @Override
    public boolean isAlive() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        calls.close();
    }
}
