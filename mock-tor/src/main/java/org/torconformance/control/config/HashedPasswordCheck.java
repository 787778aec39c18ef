package org.torconformance.control.config;

import org.torconformance.crypto.HashedPassword;

/** Every HashedControlPassword (and session password) line must decode as a salted S2K hash. */
final class HashedPasswordCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        if (!allDecode(proposed, "HashedControlPassword")) {
            return ConfigCheck.refuse("Bad HashedControlPassword: wrong length or bad encoding");
        }
        if (!allDecode(proposed, "__HashedControlSessionPassword")) {
            return ConfigCheck.refuse("Bad HashedControlSessionPassword: wrong length or bad encoding");
        }
        return new ChangeOutcome.Changed(proposed);
    }

    private static boolean allDecode(ConfigState state, String option) {
        for (String v : state.values(option)) {
            try {
                HashedPassword.parse(v);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
