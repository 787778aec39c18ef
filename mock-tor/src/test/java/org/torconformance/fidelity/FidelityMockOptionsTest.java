package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityMockOptionsTest {
    static final List<String> LIVE_TORRC = List.of(
            "# written by org.torconformance.livetor.LiveTor",
            "DataDirectory /tmp/livetor-1",
            "ControlPort 127.0.0.1:auto",
            "ControlPortWriteToFile /tmp/livetor-1/control-port",
            "__OwningControllerProcess 42",
            "Log notice file /tmp/livetor-1/notice.log",
            "SocksPort 0",
            "DisableNetwork 1",
            "CookieAuthentication 1",
            "HashedControlPassword 16:AA",
            "ContactInfo hello world");

    @Test
    void theMockGetsTheLiveTorrcWithItsOwnDirectoryAndWithoutWhatItManages() {
        List<MockOptions.Option> options = MockOptions.mirror(LIVE_TORRC, List.of("HashedControlPassword 16:AA", "ContactInfo hello world"),
                "/tmp/livetor-1", "/tmp/mock-2");
        assertEquals(List.of(
                new MockOptions.Option("ControlPort", "127.0.0.1:auto"),
                new MockOptions.Option("ControlPortWriteToFile", "/tmp/mock-2/control-port"),
                new MockOptions.Option("__OwningControllerProcess", "42"),
                new MockOptions.Option("Log", "notice file /tmp/mock-2/notice.log"),
                new MockOptions.Option("SocksPort", "0"),
                new MockOptions.Option("DisableNetwork", "1"),
                new MockOptions.Option("HashedControlPassword", "16:AA"),
                new MockOptions.Option("ContactInfo", "hello world")), options,
                "CookieAuthentication came from @auth and is left to the mock's auth(); the file's own HashedControlPassword stays");
    }

    @Test
    void theFilesLinesMustBeTheTorrcsLastLines() {
        assertThrows(IllegalStateException.class, () -> MockOptions.mirror(LIVE_TORRC, List.of("Nickname x"), "/a", "/b"));
    }

    @Test
    void disableNetworkOneIsLeftToLiveTorAndAnythingElseRefused() {
        assertEquals(List.of("ContactInfo x"), LiveTarget.extraTorrcLines(List.of("DisableNetwork 1", "ContactInfo x")));
        assertThrows(IllegalArgumentException.class, () -> LiveTarget.extraTorrcLines(List.of("DisableNetwork 0")));
        assertThrows(IllegalArgumentException.class, () -> LiveTarget.extraTorrcLines(List.of("disablenetwork  0")));
    }
}
