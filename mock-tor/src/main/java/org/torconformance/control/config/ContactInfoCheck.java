package org.torconformance.control.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** ContactInfo must be valid UTF-8 (its bytes arrive as Latin-1 characters). */
final class ContactInfoCheck implements ConfigCheck {
    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        String v = proposed.value("ContactInfo").orElse("");
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(v.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (CharacterCodingException e) {
            return ConfigCheck.refuse("ContactInfo config option must be UTF-8.");
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
