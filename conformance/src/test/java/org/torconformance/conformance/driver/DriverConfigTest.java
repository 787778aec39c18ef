package org.torconformance.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.Target;
import org.torconformance.conformance.target.Targets;
import org.torconformance.wire.ByteString;

/** A library is added by a driver and one line of configuration: here a twenty-line fake one. */
class DriverConfigTest {
    /** A stand-in library: speaks the control protocol itself, over a plain socket. */
    static final String FAKE_DRIVER = """
            import json, socket, sys

            def send(message):
                print(json.dumps(message), flush=True)

            for line in sys.stdin:
                request = json.loads(line)
                rid, op = request["id"], request["op"]
                if op == "hello":
                    send({"id": rid, "ok": True, "result": {"library": "fakectl", "version": "0.1", "protocol": 1,
                                                             "ops": ["hello", "connect", "get_info"]}})
                elif op == "connect":
                    sock = socket.create_connection(("127.0.0.1", request["port"]))
                    replies = sock.makefile("rb")
                    sock.sendall(b"AUTHENTICATE\\r\\n")
                    replies.readline()
                    send({"id": rid, "ok": True, "result": None})
                elif op == "get_info":
                    sock.sendall(("GETINFO " + " ".join(request["keys"]) + "\\r\\n").encode())
                    values = {}
                    while True:
                        reply = replies.readline().decode().rstrip("\\r\\n")
                        if reply[3] == " ":
                            break
                        key, _, value = reply[4:].partition("=")
                        values[key] = value
                    send({"id": rid, "ok": True, "result": values})
                else:
                    send({"id": rid, "ok": False, "unimplemented": "fakectl only knows get_info"})
            """;

    @Test
    @DisplayName("one line in a drivers file makes a client target that runs the driver")
    void driverByConfiguration(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("fake_driver.py"), FAKE_DRIVER);
        Path conf = Files.writeString(dir.resolve("drivers.conf"), "# a test driver\nfakectl = /usr/bin/python3 " + script + "\n");
        Targets targets = Targets.builtIn(conf);
        assertTrue(targets.names().contains("fakectl"), targets.names().toString());
        List<Target> created = targets.create(List.of("fakectl"));
        try (Target target = created.get(0); MockTor mock = MockTor.start()) {
            assertEquals("fakectl 0.1 (driver: /usr/bin/python3 " + script + ")", target.description());
            Controller c = ((org.torconformance.conformance.target.ClientTarget) target).newController(Timeouts.DEFAULT);
            c.connect(DriverFixture.endpoint(mock), Credentials.none());
            mock.enqueueRaw("GETINFO", ByteString.latin1("250-version=0.4.9.11\r\n250 OK\r\n"));
            assertEquals(Map.of("version", "0.4.9.11"), c.getInfo(List.of("version")));
            assertEquals("GETINFO version", DriverFixture.lastCommand(mock, "GETINFO"));
            assertThrows(Unimplemented.class, () -> c.signal("NEWNYM"));
        }
    }

    @Test
    @DisplayName("drivers.conf lines: comments and blanks skipped, a line without '=' is an error naming the line")
    void parse() {
        List<DriverSpec> specs = DriversConf.parse("drivers.conf", List.of("# c", "", "a = x  y z", "  b=q"));
        assertEquals(List.of(new DriverSpec("a", List.of("x", "y", "z")), new DriverSpec("b", List.of("q"))), specs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DriversConf.parse("f", List.of("oops")));
        assertTrue(e.getMessage().startsWith("f:1:"), e.getMessage());
    }
}
