package org.torconformance.control.info;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/**
 * {@code exit-policy/*}: the two fixed policies tor appends, and for a client a refusal of the
 * relay's own policy (a {@code 552} with tor's reason, not a {@code 551}).
 */
final class ExitPolicyKeys {
    static final String DEFAULT = "reject *:25,reject *:119,reject *:135-139,reject *:445,reject *:563,"
            + "reject *:1214,reject *:4661-4666,reject *:6346-6429,reject *:6699,reject *:6881-6999,accept *:*";
    static final String REJECT_PRIVATE = "reject 0.0.0.0/8:*,reject 169.254.0.0/16:*,reject 127.0.0.0/8:*,"
            + "reject 192.168.0.0/16:*,reject 10.0.0.0/8:*,reject 172.16.0.0/12:*,reject [::]/8:*,"
            + "reject [fc00::]/7:*,reject [fe80::]/10:*,reject [fec0::]/10:*,reject [ff00::]/8:*,reject [::]/127:*";

    private ExitPolicyKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        InfoRegistry.Provider notRelay = Keys.refusing("Not running in server mode");
        info.key("exit-policy/default", "The default value appended to the configured exit policy.",
                Keys.constant(DEFAULT));
        info.key("exit-policy/reject-private/default",
                "The default rules appended to the configured exit policy by ExitPolicyRejectPrivate.",
                Keys.constant(REJECT_PRIVATE));
        info.key("exit-policy/reject-private/relay", "The relay-specific rules appended to the configured exit policy "
                + "by ExitPolicyRejectPrivate and/or ExitPolicyRejectLocalInterfaces.", notRelay);
        info.key("exit-policy/full", "The entire exit policy of onion router", notRelay);
        info.key("exit-policy/ipv4", "IPv4 parts of exit policy", notRelay);
        info.key("exit-policy/ipv6", "IPv6 parts of exit policy", notRelay);
    }
}
