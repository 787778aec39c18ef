package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hashes made by the real {@code tor --hash-password} must match under our S2K. */
class HashedPasswordTorCliTest {
    private static final int RUNS = 3;

    @ParameterizedTest
    @ValueSource(strings = {"foo", "", "correct horse battery staple", "quote\" back\\slash"})
    void acceptsWhatTorHashes(String password) throws Exception {
        byte[] secret = password.getBytes(StandardCharsets.US_ASCII);
        Set<String> seen = new HashSet<>();
        for (int run = 0; run < RUNS; run++) {
            String printed = hashWithTor(password);
            HashedPassword hash = HashedPassword.parse(printed);
            assertEquals(printed, hash.format(), "tor prints the canonical 16:HEX form");
            assertEquals(HashedPassword.TOR_SPECIFIER, hash.specifier());
            assertTrue(hash.matches(secret), printed + " should match \"" + password + "\"");
            assertFalse(hash.matches("wrong".getBytes(StandardCharsets.US_ASCII)));
            seen.add(printed);
        }
        assertEquals(RUNS, seen.size(), "every run draws a new salt");
    }

    private static String hashWithTor(String password) throws IOException, InterruptedException {
        Process tor = new ProcessBuilder(TorBinary.require(), "--quiet", "-f", "/dev/null", "--defaults-torrc", "/dev/null",
                "--hash-password", password).redirectErrorStream(true).start();
        String output = new String(tor.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertTrue(tor.waitFor(30, TimeUnit.SECONDS), "tor --hash-password did not exit");
        assertEquals(0, tor.exitValue(), "tor --hash-password failed: " + output);
        return output;
    }
}
