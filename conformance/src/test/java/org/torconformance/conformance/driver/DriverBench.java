package org.torconformance.conformance.driver;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.DriverTarget;
import org.torconformance.wire.ByteString;

/**
 * Prints driver start time (process start + hello) and per-operation round trips for stem and
 * txtorcon against an embedded mock. Run from the repository root:
 * {@code mvn -q -pl conformance exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.torconformance.conformance.driver.DriverBench}
 */
public final class DriverBench {
    static final int STARTS = 5;
    static final int ROUNDS = 200;

    private DriverBench() {
    }

    public static void main(String[] args) {
        for (String name : List.of("stem", "txtorcon")) {
            bench(name);
        }
    }

    static void bench(String name) {
        DriverSpec spec = DriverFixture.spec(name);
        double[] starts = new double[STARTS];
        for (int i = 0; i < STARTS; i++) {
            long t = System.nanoTime();
            DriverTarget started = new DriverTarget(spec);
            starts[i] = ms(t);
            started.close();
        }
        System.out.printf("%-9s start (process + hello): median %.0f ms, min %.0f ms over %d%n", name, median(starts),
                Arrays.stream(starts).min().orElse(0), STARTS);
        try (DriverTarget target = new DriverTarget(spec); MockTor mock = DriverFixture.cookieMock()) {
            Consumer<MockTor> bootstrap = name.equals("txtorcon") ? DriverBench::txtorconBootstrap : m -> { };
            Controller warm = connect(target, mock, bootstrap);
            warm.close();
            double[] connects = new double[20];
            for (int i = 0; i < connects.length; i++) {
                long t = System.nanoTime();
                connect(target, mock, bootstrap).close();
                connects[i] = ms(t);
            }
            Controller c = connect(target, mock, bootstrap);
            double[] local = new double[ROUNDS];
            double[] raw = new double[ROUNDS];
            double[] getInfo = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                c.isAlive();
                local[i] = ms(t);
                t = System.nanoTime();
                c.raw("PROTOCOLINFO 1");
                raw[i] = ms(t);
                mock.enqueueRaw("GETINFO", ByteString.latin1("250-k" + i + "=v\r\n250 OK\r\n"));
                t = System.nanoTime();
                c.getInfo(List.of("k" + i));
                getInfo[i] = ms(t);
            }
            c.close();
            System.out.printf("%-9s connect+authenticate+close: median %.2f ms; is_alive (no tor traffic): median %.3f ms;"
                    + " raw PROTOCOLINFO: median %.3f ms; get_info: median %.3f ms (%d rounds)%n",
                    name, median(connects), median(local), median(raw), median(getInfo), ROUNDS);
        }
    }

    static Controller connect(DriverTarget target, MockTor mock, Consumer<MockTor> bootstrap) {
        bootstrap.accept(mock);
        Controller c = target.newController(Timeouts.DEFAULT);
        c.connect(DriverFixture.endpoint(mock), DriverFixture.cookie(mock));
        return c;
    }

    static void txtorconBootstrap(MockTor mock) {
        mock.enqueueRaw("GETINFO", ByteString.latin1("250-signal/names=NEWNYM\r\n250 OK\r\n"));
        mock.enqueueRaw("GETINFO", ByteString.latin1("250-version=0.4.9.11\r\n250 OK\r\n"));
        mock.enqueueRaw("GETINFO", ByteString.latin1("250-events/names=CIRC\r\n250 OK\r\n"));
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
