package org.torconformance.livetor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tor --hash-password}, run so that it reads no torrc and prints nothing but the hash. */
final class TorPasswordHasher {
    private static final Pattern HASH = Pattern.compile("^16:[0-9A-F]{58}$", Pattern.MULTILINE);

    private TorPasswordHasher() {
    }

    static String hash(String password) {
        String output = OneShotCommand.run(List.of(TorExecutables.tor().toString(),
                "--quiet", "--defaults-torrc", "/dev/null", "-f", "/dev/null", "--ignore-missing-torrc",
                "--hash-password", password));
        Matcher m = HASH.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("tor --hash-password printed no hash:\n" + output);
        }
        return m.group();
    }
}
