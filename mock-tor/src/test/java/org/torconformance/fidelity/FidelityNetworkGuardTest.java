package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

class FidelityNetworkGuardTest {
    static boolean unsafe(String sent) {
        return NetworkGuard.whyUnsafe(ByteString.latin1(sent)).isPresent();
    }

    @Test
    void anythingThatEnablesTheNetworkIsStopped() {
        assertTrue(unsafe("SETCONF DisableNetwork=0\r\n"));
        assertTrue(unsafe("setconf ContactInfo=x disablenetwork=\"0\"\r\n"));
        assertTrue(unsafe("SETCONF DisableNetwork\r\n"), "no value resets it to the default, 0");
        assertTrue(unsafe("RESETCONF DisableNetwork\r\n"));
        assertTrue(unsafe("GETINFO version\r\nSETCONF DisableNetwork = 0\n"));
        assertTrue(unsafe("SETCONF Disable\0Network=0\r\n"), "tor stops at the NUL, but do not bet on it");
        assertTrue(unsafe("+LOADCONF\r\nSocksPort 0\r\n.\r\n"), "LOADCONF resets DisableNetwork unless it names it");
        assertTrue(unsafe("+loadconf\nDisableNetwork 0\n.\n"));
    }

    @Test
    void everythingElsePasses() {
        assertFalse(unsafe("SETCONF DisableNetwork=1\r\n"));
        assertFalse(unsafe("SETCONF DisableNetwork=\"1\" ContactInfo=x\r\n"));
        assertFalse(unsafe("GETCONF DisableNetwork\r\n"));
        assertFalse(unsafe("SETCONF ContactInfo=x\r\n"));
        assertFalse(unsafe("+LOADCONF\r\n.\r\n"), "an empty body is refused by tor");
        assertFalse(unsafe("+LOADCONF\r\nDisableNetwork 1\r\nSocksPort 0\r\n.\r\n"));
    }
}
