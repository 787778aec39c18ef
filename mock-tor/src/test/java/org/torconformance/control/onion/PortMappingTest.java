package org.torconformance.control.onion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Port= values tor 0.4.9.11 accepted and refused (ADD_ONION, DisableNetwork 1). */
class PortMappingTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "80               | 127.0.0.1 | 80",
        "+80              | 127.0.0.1 | 80",
        ",80              | 127.0.0.1 | 80",
        "80,              | 127.0.0.1 | 80",
        "80,8080          | 127.0.0.1 | 8080",
        "80,127.0.0.1     | 127.0.0.1 | 80",
        "80,0.0.0.0:80    | 0.0.0.0   | 80",
        "80,[::1]:81      | ::1       | 81",
        "80,::1           | ::1       | 80",
        "80,[::1]         | ::1       | 80",
        "80,::1:80        | ::1:80    | 80",
        "80,localhost:81  | 127.0.0.1 | 81",
        "80,1.2.3         | 1.2.0.3   | 80",
    })
    void acceptsTcpTargets(String value, String address, int port) throws Exception {
        PortMapping.Target target = PortMapping.parse(value).orElseThrow().target();
        assertEquals(new PortMapping.TcpTarget(InetAddress.getByName(address), port), target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"80,unix:/tmp/x | /tmp/x", "80,unix: | ''"})
    void acceptsUnixTargets(String value, String path) {
        assertEquals(Optional.of(new PortMapping(80, new PortMapping.UnixTarget(path))), PortMapping.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "65536", "abc", "80x", "80,,81", "80,0", "80,65536", "80,80x", "80,0x50", "80,:80",
        "80,localhost", "80,UNIX:/tmp/x", "80,127.0.0.1:0", "80,127.0.0.1:", "80,[::1]:", "80,1.2.3.4:65536",
        "80,1.2.3.4:-1", "80,1.2.3.4:80,extra", "80,1.2.3.4.5", "80,999.1.1.1", "80,[fe80::1%eth0]:80"})
    void refusesWhatTorRefuses(String value) {
        assertTrue(PortMapping.parse(value).isEmpty(), value);
    }
}
