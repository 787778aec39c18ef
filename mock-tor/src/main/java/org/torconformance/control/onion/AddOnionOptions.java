package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.torconformance.crypto.X25519ClientAuth;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.Reply;

/**
 * ADD_ONION's keyword arguments, read in order as tor's {@code handle_control_add_onion} reads
 * them, then checked as a whole. Everything but the key: tor looks at the key only when these pass.
 */
record AddOnionOptions(List<PortMapping> ports, int maxStreams, boolean maxStreamsCloseCircuit, boolean discardPrivateKey,
                       boolean detach, List<String> clientAuthV3) {
    AddOnionOptions {
        ports = List.copyOf(ports);
        clientAuthV3 = List.copyOf(clientAuthV3);
    }

    sealed interface Outcome {
    }

    record Accepted(AddOnionOptions options) implements Outcome {
    }

    record Refused(Reply reply) implements Outcome {
    }

    /** The v2 {@code ClientAuth=} keyword: tor 0.4.9 still lets it through its parser, then stops without a reply. */
    record StoppedAtV2ClientAuth(ByteString keywordAsTyped) implements Outcome {
    }

    /** @param nonAnonymousMode tor's HiddenServiceNonAnonymousMode */
    static Outcome read(List<KvLine.Entry> keywords, boolean nonAnonymousMode) {
        List<PortMapping> ports = new ArrayList<>();
        List<String> clientAuthV3 = new ArrayList<>();
        int maxStreams = 0;
        boolean closeCircuit = false;
        boolean discard = false;
        boolean detach = false;
        boolean v3Auth = false;
        boolean nonAnonymous = false;
        for (KvLine.Entry e : keywords) {
            String value = e.value().latin1();
            switch (e.key().latin1().toLowerCase(Locale.ROOT)) {
                case "port" -> {
                    var mapping = PortMapping.parse(value);
                    if (mapping.isEmpty()) {
                        return refuse("Invalid VIRTPORT/TARGET");
                    }
                    ports.add(mapping.get());
                }
                case "maxstreams" -> {
                    var n = TorLong.parse(value, 0, 65535);
                    if (n.isEmpty()) {
                        return refuse("Invalid MaxStreams");
                    }
                    maxStreams = (int) n.getAsLong();
                }
                case "flags" -> {
                    List<String> flags = SmartlistSplit.split(value, ",", false, true, 0);
                    if (flags.isEmpty()) {
                        return refuse("Invalid 'Flags' argument");
                    }
                    for (String flag : flags) {
                        switch (flag.toLowerCase(Locale.ROOT)) {
                            case "discardpk" -> discard = true;
                            case "detach" -> detach = true;
                            case "maxstreamsclosecircuit" -> closeCircuit = true;
                            case "v3auth" -> v3Auth = true;
                            case "nonanonymous" -> nonAnonymous = true;
                            default -> {
                                return refuse("Invalid 'Flags' argument: " + EscForLog.escape(flag).latin1());
                            }
                        }
                    }
                }
                case "clientauthv3" -> {
                    try {
                        X25519ClientAuth.decodePublicKey(value);
                    } catch (IllegalArgumentException ex) {
                        return refuse("Cannot decode v3 client auth key");
                    }
                    clientAuthV3.add(value);
                }
                case "clientauth" -> {
                    return new StoppedAtV2ClientAuth(e.key());
                }
                default -> throw new IllegalStateException("the generic parser admits only ADD_ONION's keywords, not " + e.key());
            }
        }
        if (ports.isEmpty()) {
            return refuse("Missing 'Port' argument");
        }
        if (!v3Auth && !clientAuthV3.isEmpty()) {
            return refuse("No auth type specified");
        }
        if (v3Auth && clientAuthV3.isEmpty()) {
            return refuse("No auth clients specified");
        }
        if (nonAnonymous != nonAnonymousMode) {
            return refuse("Tor is in " + (nonAnonymous ? "" : "non-") + "anonymous hidden service mode");
        }
        return new Accepted(new AddOnionOptions(ports, maxStreams, closeCircuit, discard, detach, clientAuthV3));
    }

    private static Refused refuse(String text) {
        return new Refused(Reply.of(512, text));
    }
}
