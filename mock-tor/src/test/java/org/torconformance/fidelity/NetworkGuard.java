package org.torconformance.fidelity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.wire.ByteString;

/**
 * Keeps the live tor off the public network whatever a scenario sends: a SETCONF or RESETCONF
 * that sets DisableNetwork to anything but 1 (or resets it to its default, 0), and a +LOADCONF
 * body without {@code DisableNetwork 1} (LOADCONF resets every option it does not name), are not
 * sent to the live tor. Deliberately coarse: a false alarm costs one exchange, a miss could cost
 * a connection to the Tor network.
 */
final class NetworkGuard {
    private static final Pattern CONF_COMMAND = Pattern.compile("^\\s*(?i:SETCONF|RESETCONF)\\b(.*)$");
    private static final Pattern DISABLE_NETWORK = Pattern.compile("(?i)DisableNetwork(?:\\s*=\\s*(\"[^\"]*\"|\\S*))?");
    private static final Pattern LOADCONF_KEEPS_IT = Pattern.compile("(?im)^\\s*DisableNetwork\\s+1\\s*$");

    private NetworkGuard() {
    }

    /** Why {@code sent} must not reach the live tor, if it must not. */
    static Optional<String> whyUnsafe(ByteString sent) {
        String text = sent.latin1().replace("\0", "");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().toUpperCase(Locale.ROOT).startsWith("+LOADCONF")) {
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.length && !lines[i].replace("\r", "").equals("."); i++) {
                    body.append(lines[i]).append('\n');
                }
                if (!body.toString().isBlank() && !LOADCONF_KEEPS_IT.matcher(body.toString().replace("\r", "")).find()) {
                    return Optional.of("a +LOADCONF body without 'DisableNetwork 1' would let tor reach the network");
                }
                continue;
            }
            Matcher conf = CONF_COMMAND.matcher(line.replace("\r", ""));
            if (conf.matches()) {
                Matcher dn = DISABLE_NETWORK.matcher(conf.group(1));
                while (dn.find()) {
                    String value = dn.group(1) == null ? "" : dn.group(1).replace("\"", "");
                    if (!value.equals("1")) {
                        return Optional.of("'" + line.strip() + "' would let tor reach the network");
                    }
                }
            }
        }
        return Optional.empty();
    }
}
