package org.torconformance.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.EventLog;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.ProtocolInfoResult;
import org.torconformance.conformance.controller.RawReply;
import org.torconformance.conformance.controller.Unimplemented;

/**
 * A library behind a driver process (fixtures/drivers/PROTOCOL.md): each method is one request.
 * A request not answered within the bound is a {@link Hang} and kills the process, so the target
 * starts a fresh one for the next case; the library's failures are {@link LibraryError}s.
 */
public final class DriverController implements Controller {
    private final DriverProcess process;
    private final String library;
    private final Duration bound;
    private final EventLog events = new EventLog();

    public DriverController(DriverProcess process, String library, Duration bound) {
        this.process = process;
        this.library = library;
        this.bound = bound;
        process.setEventSink(events::add);
    }

    private JsonNode call(String op, ObjectNode args) {
        DriverReply reply;
        try {
            reply = process.request(op, args, bound);
        } catch (TimeoutException e) {
            process.kill(library + " did not return from " + op);
            throw new Hang(library, op, bound);
        }
        if (reply instanceof DriverReply.Failed f) {
            throw new LibraryError(f.type(), f.status(), f.message());
        }
        if (reply instanceof DriverReply.NoApi n) {
            throw new Unimplemented(library, op, n.why());
        }
        return ((DriverReply.Ok) reply).result();
    }

    private static ObjectNode args() {
        return DriverMessage.JSON.createObjectNode();
    }

    private static ArrayNode list(List<String> values) {
        ArrayNode a = DriverMessage.JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    @Override
    public void connect(ControlEndpoint endpoint, Credentials credentials) {
        ObjectNode a = args();
        if (endpoint.socket().isPresent()) {
            a.put("socket", endpoint.socket().get().toString());
        } else {
            a.put("port", endpoint.port());
        }
        a.put("password", credentials.password().orElse(null));
        a.put("cookie_file", credentials.cookieFile().map(Object::toString).orElse(null));
        call("connect", a);
    }

    @Override
    public Map<String, String> getInfo(List<String> keys) {
        return DriverValues.textMap(call("get_info", args().set("keys", list(keys))));
    }

    @Override
    public Map<String, List<String>> getConf(List<String> keys) {
        return DriverValues.listMap(call("get_conf", args().set("keys", list(keys))));
    }

    @Override
    public void setConf(List<Map.Entry<String, String>> pairs) {
        ArrayNode a = DriverMessage.JSON.createArrayNode();
        pairs.forEach(p -> a.addArray().add(p.getKey()).add(p.getValue()));
        call("set_conf", args().set("pairs", a));
    }

    @Override
    public void resetConf(List<String> keys) {
        call("reset_conf", args().set("keys", list(keys)));
    }

    @Override
    public void saveConf(boolean force) {
        call("save_conf", args().put("force", force));
    }

    @Override
    public void loadConf(String torrcText) {
        call("load_conf", args().put("text", torrcText));
    }

    @Override
    public void setEvents(List<String> names) {
        call("set_events", args().set("events", list(names)));
    }

    @Override
    public void signal(String name) {
        call("signal", args().put("name", name));
    }

    @Override
    public Map<String, String> mapAddress(Map<String, String> pairs) {
        ArrayNode a = DriverMessage.JSON.createArrayNode();
        pairs.forEach((from, to) -> a.addArray().add(from).add(to));
        return DriverValues.textMap(call("map_address", args().set("pairs", a)));
    }

    @Override
    public String extendCircuit(String circuitId, List<String> path, Optional<String> purpose) {
        ObjectNode a = args().put("circuit", circuitId).put("purpose", purpose.orElse(null));
        a.set("path", list(path));
        return DriverValues.text(call("extend_circuit", a));
    }

    @Override
    public void setCircuitPurpose(String circuitId, String purpose) {
        call("set_circuit_purpose", args().put("circuit", circuitId).put("purpose", purpose));
    }

    @Override
    public void attachStream(String streamId, String circuitId, Optional<Integer> hop) {
        call("attach_stream", args().put("stream", streamId).put("circuit", circuitId).put("hop", hop.orElse(null)));
    }

    @Override
    public void redirectStream(String streamId, String address, Optional<Integer> port) {
        call("redirect_stream", args().put("stream", streamId).put("address", address).put("port", port.orElse(null)));
    }

    @Override
    public void closeStream(String streamId, int reason) {
        call("close_stream", args().put("stream", streamId).put("reason", reason));
    }

    @Override
    public void closeCircuit(String circuitId, boolean ifUnused) {
        call("close_circuit", args().put("circuit", circuitId).put("if_unused", ifUnused));
    }

    @Override
    public String postDescriptor(String descriptor, Optional<String> purpose, Optional<Boolean> cache) {
        ObjectNode a = args().put("descriptor", descriptor).put("purpose", purpose.orElse(null)).put("cache", cache.orElse(null));
        return DriverValues.text(call("post_descriptor", a));
    }

    @Override
    public void useFeature(List<String> features) {
        call("use_feature", args().set("features", list(features)));
    }

    @Override
    public void resolve(List<String> addresses, boolean reverse) {
        ObjectNode a = args().put("reverse", reverse);
        a.set("addresses", list(addresses));
        call("resolve", a);
    }

    @Override
    public void takeOwnership() {
        call("take_ownership", args());
    }

    @Override
    public void dropOwnership() {
        call("drop_ownership", args());
    }

    @Override
    public void dropGuards() {
        call("drop_guards", args());
    }

    @Override
    public void dropTimeouts() {
        call("drop_timeouts", args());
    }

    @Override
    public ProtocolInfoResult protocolInfo() {
        JsonNode r = call("protocol_info", args());
        return new ProtocolInfoResult(DriverValues.texts(r.path("auth_methods")), optionalText(r.path("cookie_file")),
                optionalText(r.path("tor_version")));
    }

    private static Optional<String> optionalText(JsonNode v) {
        return v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(DriverValues.text(v));
    }

    @Override
    public Map<String, String> addOnion(String key, Map<Integer, String> ports, List<String> flags) {
        ArrayNode p = DriverMessage.JSON.createArrayNode();
        ports.forEach((virtual, target) -> p.addArray().add(virtual).add(target));
        ObjectNode a = args().put("key", key);
        a.set("ports", p);
        a.set("flags", list(flags));
        return DriverValues.textMap(call("add_onion", a));
    }

    @Override
    public void delOnion(String serviceId) {
        call("del_onion", args().put("service_id", serviceId));
    }

    @Override
    public void hsFetch(String address, List<String> servers) {
        ObjectNode a = args().put("address", address);
        a.set("servers", list(servers));
        call("hs_fetch", a);
    }

    @Override
    public void hsPost(String descriptor, List<String> servers, Optional<String> address) {
        ObjectNode a = args().put("descriptor", descriptor).put("address", address.orElse(null));
        a.set("servers", list(servers));
        call("hs_post", a);
    }

    @Override
    public void onionClientAuthAdd(String address, String key, Optional<String> clientName, List<String> flags) {
        ObjectNode a = args().put("address", address).put("key", key).put("client_name", clientName.orElse(null));
        a.set("flags", list(flags));
        call("onion_client_auth_add", a);
    }

    @Override
    public void onionClientAuthRemove(String address) {
        call("onion_client_auth_remove", args().put("address", address));
    }

    @Override
    public void onionClientAuthView(Optional<String> address) {
        call("onion_client_auth_view", args().put("address", address.orElse(null)));
    }

    /** A library that does not expose the status of a reply (txtorcon on success) gives status 0. */
    @Override
    public RawReply raw(String command) {
        JsonNode r = call("raw", args().put("command", command));
        return new RawReply(r.path("status").asInt(0), DriverValues.texts(r.path("lines")));
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
        return process.isAlive() && call("is_alive", args()).asBoolean(false);
    }

    /** Asks the driver to close the library's connection; the process stays up for the next case. */
    @Override
    public void close() {
        process.setEventSink(e -> { });
        if (!process.isAlive()) {
            return;
        }
        try {
            process.request("close", args(), bound);
        } catch (TimeoutException | DriverCrashed e) {
            process.kill(library + " did not close within " + bound.toMillis() + " ms");
        }
    }
}
