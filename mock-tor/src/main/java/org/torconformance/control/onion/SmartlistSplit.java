package org.torconformance.control.onion;

import static org.torconformance.wire.Ascii.isSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * Tor's {@code smartlist_split_string}: split on {@code separator}; with {@code skipSpace}, trim
 * whitespace around pieces; with {@code ignoreBlank}, drop empty pieces (they do not count towards
 * {@code max}); when {@code max} is positive, the {@code max}-th piece is the whole remainder.
 */
final class SmartlistSplit {
    private SmartlistSplit() {
    }

    static List<String> split(String s, String separator, boolean skipSpace, boolean ignoreBlank, int max) {
        List<String> out = new ArrayList<>();
        int cp = 0;
        while (cp < s.length()) {
            if (skipSpace) {
                while (cp < s.length() && isSpace(s.charAt(cp))) {
                    cp++;
                }
            }
            int end;
            if (max > 0 && out.size() == max - 1) {
                end = s.length();
            } else {
                end = s.indexOf(separator, cp);
                if (end < 0) {
                    end = s.length();
                }
            }
            int next = end < s.length() ? end + separator.length() : -1;
            if (skipSpace) {
                while (end > cp && isSpace(s.charAt(end - 1))) {
                    end--;
                }
            }
            if (end != cp || !ignoreBlank) {
                out.add(s.substring(cp, end));
            }
            if (next < 0) {
                break;
            }
            cp = next;
        }
        return out;
    }

}
