package org.torconformance.conformance.controller;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the suite asks of a controller library, in library-neutral terms. Each method calls the
 * library's own API for the operation and returns what the library returned, as the library's user
 * would see it. A library without an API for an operation throws {@link Unimplemented}; an error
 * the library reports (an exception, an error reply it surfaced) is a {@link LibraryError}.
 * Every call is bounded by the target: a call that does not return becomes a {@link Hang}.
 */
public interface Controller extends AutoCloseable {
    /** Connects to a control port and authenticates with the library's own logic. */
    void connect(ControlEndpoint endpoint, Credentials credentials);

    Map<String, String> getInfo(List<String> keys);

    /** Values per key, in order, as the library returns them (an unset key may be absent or empty). */
    Map<String, List<String>> getConf(List<String> keys);

    /** Pairs in order; a null value unsets the option. */
    void setConf(List<Map.Entry<String, String>> pairs);

    void resetConf(List<String> keys);

    void saveConf(boolean force);

    void loadConf(String torrcText);

    void setEvents(List<String> names);

    void signal(String name);

    /** The mappings the library reports back (original to replacement), as it parsed them. */
    Map<String, String> mapAddress(Map<String, String> pairs);

    /** Returns the circuit id the library reports. */
    String extendCircuit(String circuitId, List<String> path, Optional<String> purpose);

    void setCircuitPurpose(String circuitId, String purpose);

    void attachStream(String streamId, String circuitId, Optional<Integer> hop);

    void redirectStream(String streamId, String address, Optional<Integer> port);

    void closeStream(String streamId, int reason);

    void closeCircuit(String circuitId, boolean ifUnused);

    /** Returns the library's view of the reply (e.g. a message for a 251). */
    String postDescriptor(String descriptor, Optional<String> purpose, Optional<Boolean> cache);

    void useFeature(List<String> features);

    void resolve(List<String> addresses, boolean reverse);

    void takeOwnership();

    void dropOwnership();

    void dropGuards();

    void dropTimeouts();

    ProtocolInfoResult protocolInfo();

    /** Returns the library's view of the reply: at least ServiceID, and PrivateKey when asked for. */
    Map<String, String> addOnion(String key, Map<Integer, String> ports, List<String> flags);

    void delOnion(String serviceId);

    void hsFetch(String address, List<String> servers);

    /** +HSPOST: an onion service descriptor to upload, optionally to these servers and for this address. */
    void hsPost(String descriptor, List<String> servers, Optional<String> address);

    /** ONION_CLIENT_AUTH_ADD: a v3 address (without .onion) and its x25519 key ({@code x25519:BASE64}). */
    void onionClientAuthAdd(String address, String key, Optional<String> clientName, List<String> flags);

    void onionClientAuthRemove(String address);

    /** ONION_CLIENT_AUTH_VIEW, for one address or all. */
    void onionClientAuthView(Optional<String> address);

    /** Sends a raw command line if the library can; returns the reply's lines as the library gives them. */
    RawReply raw(String command);

    /** Events delivered so far, in order. */
    List<ControllerEvent> events();

    /** Waits for an event the library delivered that matches, up to {@code timeout}. */
    Optional<ControllerEvent> awaitEvent(Predicate<ControllerEvent> match, Duration timeout);

    /** True when the library still considers itself connected. */
    boolean isAlive();

    @Override
    void close();
}
