package org.torconformance.control.config;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.EscForLog;

/** One line of a configuration as tor encodes it: the option's canonical name and its value. */
public record ConfigLine(String key, String value) {

    /** The value as GETCONF, CONF_CHANGED and SAVECONF write it: raw unless tor's {@code config_value_needs_escape} says quote. */
    public String writtenValue() {
        return needsEscape(value) ? EscForLog.escape(ByteString.latin1(value)).latin1() : value;
    }

    /** Tor's {@code config_value_needs_escape}: a leading quote, CR, LF, '#', or any byte that is not printable ASCII. */
    static boolean needsEscape(String value) {
        if (value.startsWith("\"")) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '#' || c < 0x20 || c > 0x7E) {
                return true;
            }
        }
        return false;
    }
}
