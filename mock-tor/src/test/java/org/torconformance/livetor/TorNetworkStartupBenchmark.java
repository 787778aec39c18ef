package org.torconformance.livetor;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts and stops the private network N times and prints the phase timings (not a unit test: a
 * speed figure, run by hand).
 *
 * <pre>
 * mvn -q -pl mock-tor test-compile
 * java -cp mock-tor/target/classes:mock-tor/target/test-classes \
 *     org.torconformance.livetor.TorNetworkStartupBenchmark [runs] [extra relays] [--logs]
 * </pre>
 */
public final class TorNetworkStartupBenchmark {
    private TorNetworkStartupBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int relays = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean logs = List.of(args).contains("--logs");
        List<StartupTimings> all = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            try (TorNetwork network = TorNetwork.builder().relays(relays).start()) {
                all.add(network.timings());
                System.out.println("run " + run + ": " + network.timings());
                if (logs) {
                    network.pids().keySet().forEach(node -> {
                        System.out.println("--- " + node);
                        network.logTail(node, 60).forEach(System.out::println);
                    });
                }
            }
        }
        all.forEach(System.out::println);
    }
}
