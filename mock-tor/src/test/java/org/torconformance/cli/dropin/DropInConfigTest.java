package org.torconformance.cli.dropin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DropInConfigTest {
    private static DropInConfig interpret(String... keyValues) throws TorConfigException {
        List<ConfigLine> lines = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            lines.add(new ConfigLine(keyValues[i], keyValues[i + 1], ConfigLine.Op.SET));
        }
        return DropInConfig.interpret(TorOptions.merge(List.of(lines), k -> { }));
    }

    @Test
    @DisplayName("the options the drop-in acts on, and everything else passed through to the mock")
    void options() throws Exception {
        DropInConfig c = interpret("DataDirectory", "/d", "ControlPort", "auto", "ControlPort", "unix:/d/c GroupWritable",
                "CookieAuthentication", "1", "ControlPortWriteToFile", "/d/port", "DisableNetwork", "1",
                "__OwningControllerProcess", "4242", "SocksPort", "9999", "Log", "notice stdout", "Nickname", "x");
        assertEquals(Optional.of(Path.of("/d")), c.dataDirectory());
        assertEquals(List.of(new ControlListener.Tcp(0), new ControlListener.Unix(Path.of("/d/c"), true, false, false)),
                c.controlListeners());
        assertTrue(c.cookieAuthentication());
        assertTrue(c.disableNetwork());
        assertEquals(OptionalLong.of(4242), c.owningControllerProcess());
        assertEquals(List.of("9999"), c.socksPorts());
        assertEquals(Duration.ofSeconds(1), c.logTimeGranularity());
        assertFalse(c.passThrough().containsKey("DataDirectory"));
        assertFalse(c.passThrough().containsKey("ControlPort"));
        assertEquals(List.of("x"), c.passThrough().get("Nickname"));
        assertEquals(List.of("1"), c.passThrough().get("CookieAuthentication"));
    }

    @Test
    @DisplayName("ControlPort forms: N, auto, 127.0.0.1:N, localhost:auto, quoted unix paths, 0 for none")
    void controlPorts() throws Exception {
        assertEquals(List.of(new ControlListener.Tcp(9051), new ControlListener.Tcp(0), new ControlListener.Tcp(9052),
                        new ControlListener.Tcp(0), new ControlListener.Unix(Path.of("/a b/c"), false, true, true)),
                interpret("ControlPort", "9051", "ControlPort", "auto", "ControlPort", "127.0.0.1:9052",
                        "ControlPort", "localhost:auto", "ControlPort", "unix:\"/a b/c\" WorldWritable RelaxDirModeCheck",
                        "ControlPort", "0").controlListeners());
    }

    @Test
    @DisplayName("bad values fail with tor's words")
    void badValues() {
        assertEquals(List.of("Failed to parse/validate config: Could not parse CookieAuthentication: Unrecognized value 7. "
                + "Allowed values are 0 and 1."), assertThrows(TorConfigException.class,
                        () -> interpret("CookieAuthentication", "7")).warnings());
        assertEquals(List.of("Port \"abc\" out of range", "Port \"abc\" out of range",
                "Couldn't parse address \"127.0.0.1:abc\" for ControlPort",
                "Failed to parse/validate config: Invalid ControlPort configuration"), assertThrows(TorConfigException.class,
                        () -> interpret("ControlPort", "127.0.0.1:abc")).warnings());
        assertEquals(List.of("Failed to parse/validate config: Bad HashedControlPassword: wrong length or bad encoding"),
                assertThrows(TorConfigException.class, () -> interpret("HashedControlPassword", "16:ABC")).warnings());
        assertEquals(List.of("Failed to parse/validate config: Bad OwningControllerProcess: invalid PID"),
                assertThrows(TorConfigException.class, () -> interpret("__OwningControllerProcess", "abc")).warnings());
        assertTrue(assertThrows(TorConfigException.class, () -> interpret("ControlPort", "10.1.2.3:9051"))
                .warnings().get(0).contains("127.0.0.1 only"));
        assertTrue(assertThrows(TorConfigException.class, () -> interpret("RunAsDaemon", "1"))
                .warnings().get(0).contains("RunAsDaemon 1"));
    }

    @Test
    @DisplayName("Log lines: severity ranges, domains ignored, destinations")
    void logs() throws Exception {
        List<LogSpec> logs = interpret("Log", "notice stdout", "Log", "[net,dir]info-warn file /tmp/t.log", "Log", "err stderr").logs();
        assertEquals(new LogSpec(Severity.NOTICE, Severity.ERR, LogSpec.Destination.STDOUT, Optional.empty()), logs.get(0));
        assertEquals(new LogSpec(Severity.INFO, Severity.WARN, LogSpec.Destination.FILE, Optional.of(Path.of("/tmp/t.log"))),
                logs.get(1));
        assertFalse(logs.get(1).accepts(Severity.ERR));
        assertTrue(logs.get(0).accepts(Severity.WARN));
        assertThrows(TorConfigException.class, () -> interpret("Log", "loud stdout"));
        assertEquals(Duration.ofMillis(1), interpret("LogTimeGranularity", "1").logTimeGranularity());
        assertEquals(Duration.ofSeconds(2), interpret("LogTimeGranularity", "2 seconds").logTimeGranularity());
    }
}
