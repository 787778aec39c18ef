package org.torconformance.control.config;

/**
 * {@code __OwningControllerProcess} is a process specifier: a PID that fits a {@code pid_t},
 * optionally followed by a space or a colon and anything (reserved by tor for more detail).
 */
final class OwningControllerCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        return proposed.value("__OwningControllerProcess").filter(v -> !validPid(v))
                .<ChangeOutcome>map(v -> ConfigCheck.refuse("Bad OwningControllerProcess: invalid PID"))
                .orElse(new ChangeOutcome.Changed(proposed));
    }

    static boolean validPid(String spec) {
        CNumbers.Scanned s = CNumbers.strtol(spec);
        if (!s.converted() || s.outOfRange() || s.value() < 0) {
            return false;
        }
        if (s.end() < spec.length() && spec.charAt(s.end()) != ' ' && spec.charAt(s.end()) != ':') {
            return false;
        }
        return s.value() == (int) s.value();
    }
}
