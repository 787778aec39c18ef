package org.torconformance.conformance.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.torconformance.conformance.driver.DriverSpec;
import org.torconformance.conformance.driver.DriversConf;
import org.torconformance.conformance.target.socks.SocksClientTargets;

/**
 * The targets a run may use, by name: built-in ones (the SOCKS clients among them), plus driver-based
 * client targets listed one per line in a drivers file. Unknown names are a usage error.
 */
public final class Targets {
    private final Map<String, Supplier<Target>> known = new LinkedHashMap<>();

    public static Targets builtIn(Path driversFile) {
        Targets t = new Targets();
        t.known.put("jtorctl", JtorctlTarget::new);
        for (DriverSpec spec : DriversConf.read(driversFile)) {
            t.known.put(spec.name(), () -> new DriverTarget(spec));
        }
        t.known.put("mock", MockDaemonTarget::new);
        t.known.put("tor", LiveTorDaemonTarget::new);
        t.known.putAll(SocksClientTargets.all());
        t.known.put("reference", ReferenceTarget::new);
        SharedTorNetwork network = new SharedTorNetwork();
        t.known.put("mock-network", MockNetworkTarget::new);
        t.known.put("tor-network", () -> new TorNetworkTarget("tor-network", new ReferenceTarget(), network));
        t.known.put("tor-network-jtorctl", () -> new TorNetworkTarget("tor-network-jtorctl", new JtorctlTarget(), network));
        DriversConf.read(driversFile).stream().filter(s -> s.name().equals("stem")).findFirst().ifPresent(stem ->
                t.known.put("tor-network-stem", () -> new TorNetworkTarget("tor-network-stem", new DriverTarget(stem), network)));
        return t;
    }

    /** The targets a run uses when none are named: every one but the reference client, which is the fuzzer's control. */
    public List<String> defaults() {
        return known.keySet().stream().filter(n -> !n.equals("reference")).toList();
    }

    public List<String> names() {
        return List.copyOf(known.keySet());
    }

    /** Creates the named targets; one that cannot start ({@link TargetUnavailable}) closes those already made. */
    public List<Target> create(List<String> names) {
        List<Target> out = new ArrayList<>();
        try {
            for (String n : names) {
                Supplier<Target> s = known.get(n);
                if (s == null) {
                    throw new IllegalArgumentException("unknown target '" + n + "' (known: " + String.join(", ", known.keySet()) + ")");
                }
                out.add(s.get());
            }
        } catch (RuntimeException e) {
            out.forEach(Target::close);
            throw e;
        }
        return out;
    }
}
