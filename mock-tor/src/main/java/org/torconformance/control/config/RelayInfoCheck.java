package org.torconformance.control.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Tor's {@code options_validate_relay_info}: a set Nickname must be a legal nickname, then
 * ContactInfo must be valid UTF-8 (its bytes arrive as Latin-1 characters). Both run before the
 * Log lines are checked, so when several options are wrong these are the ones tor names.
 */
final class RelayInfoCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        String nickname = proposed.value("Nickname").orElse(null);
        if (nickname != null && !RouterSets.isNickname(nickname)) {
            return ConfigCheck.refuse("Nickname '" + nickname + "', nicknames must be between 1 and 19 characters inclusive, "
                    + "and must contain only the characters [a-zA-Z0-9].");
        }
        String v = proposed.value("ContactInfo").orElse("");
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(v.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (CharacterCodingException e) {
            return ConfigCheck.refuse("ContactInfo config option must be UTF-8.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
