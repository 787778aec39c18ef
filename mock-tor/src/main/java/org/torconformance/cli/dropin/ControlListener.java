package org.torconformance.cli.dropin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;
import org.torconformance.wire.WireFormatException;

/**
 * One control listener a {@code ControlPort} value asks for: {@code N}, {@code auto},
 * {@code 127.0.0.1:N}, {@code localhost:auto}, {@code unix:/path} or {@code unix:"/path"}, followed
 * by flags. The mock listens on 127.0.0.1 only, so other addresses are refused.
 */
public sealed interface ControlListener {
    /** {@code port} 0 means tor's {@code auto}: a free port. */
    record Tcp(int port) implements ControlListener {
    }

    record Unix(Path path, boolean groupWritable, boolean worldWritable, boolean relaxDirModeCheck) implements ControlListener {
    }

    /** A parsed value: its listener (none for {@code 0}) and the flags the mock does not act on. */
    record Parsed(Optional<ControlListener> listener, List<String> ignoredFlags) {
    }

    static Parsed parse(String value) throws TorConfigException {
        String v = value.strip();
        if (v.startsWith("unix:")) {
            return unix(v);
        }
        String[] words = v.split("\\s+");
        List<String> ignored = new ArrayList<>(List.of(words).subList(1, words.length));
        String address = words[0];
        if (address.equals("0")) {
            return new Parsed(Optional.empty(), ignored);
        }
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : address.substring(0, colon);
        String port = colon < 0 ? address : address.substring(colon + 1);
        if (!host.equals("127.0.0.1") && !host.equalsIgnoreCase("localhost")) {
            throw TorConfigException.invalid("mock-tor listens on 127.0.0.1 only, not on " + host
                    + " (ControlPort " + value + ")");
        }
        return new Parsed(Optional.of(new Tcp(port(port, value))), ignored);
    }

    /** Tor says twice that a port after a colon is out of range; a bare word is just unparseable. */
    private static int port(String text, String value) throws TorConfigException {
        if (text.equalsIgnoreCase("auto")) {
            return 0;
        }
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        List<String> warnings = new ArrayList<>();
        if (value.strip().split("\\s+")[0].contains(":") || text.chars().allMatch(Character::isDigit)) {
            warnings.add("Port \"" + text + "\" out of range");
            warnings.add("Port \"" + text + "\" out of range");
        }
        warnings.add("Couldn't parse address \"" + value + "\" for ControlPort");
        warnings.add("Failed to parse/validate config: Invalid ControlPort configuration");
        throw new TorConfigException(warnings);
    }

    private static Parsed unix(String v) throws TorConfigException {
        String rest = v.substring("unix:".length());
        String path;
        String flags;
        if (rest.startsWith("\"")) {
            ByteString bytes = ByteString.utf8(rest);
            try {
                var decoded = CString.decodeStrict(bytes, 0);
                path = decoded.value().utf8();
                flags = bytes.slice(decoded.end()).utf8();
            } catch (WireFormatException e) {
                throw TorConfigException.invalid("Invalid ControlPort configuration");
            }
        } else {
            String[] words = rest.split("\\s+", 2);
            path = words[0];
            flags = words.length > 1 ? words[1] : "";
        }
        boolean group = false;
        boolean world = false;
        boolean relax = false;
        List<String> ignored = new ArrayList<>();
        for (String f : flags.strip().split("\\s+")) {
            if (f.equalsIgnoreCase("GroupWritable")) {
                group = true;
            } else if (f.equalsIgnoreCase("WorldWritable")) {
                world = true;
            } else if (f.equalsIgnoreCase("RelaxDirModeCheck")) {
                relax = true;
            } else if (!f.isEmpty()) {
                ignored.add(f);
            }
        }
        if (path.isEmpty()) {
            throw TorConfigException.invalid("Invalid ControlPort configuration");
        }
        return new Parsed(Optional.of(new Unix(Path.of(path), group, world, relax)), ignored);
    }
}
