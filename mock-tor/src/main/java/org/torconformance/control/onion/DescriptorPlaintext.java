package org.torconformance.control.onion;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.torconformance.crypto.Ed25519;
import org.torconformance.crypto.TorBase64;

/**
 * The outer layer of a v3 descriptor, checked as tor's {@code hs_desc_decode_plaintext} checks
 * what HSPOST receives: the six fields exactly once (hs-descriptor first, signature last), version
 * 3, a lifetime of at most 12 hours, a valid signing-key certificate, a superencrypted MESSAGE
 * longer than salt and MAC, and the descriptor signature by the certified key. What HSPOST needs
 * of it is the blinded key, which names the HSDirs to upload to.
 */
record DescriptorPlaintext(byte[] blindedKey) {
    /** Tor's default HSV3MaxDescriptorSize. */
    private static final int MAX_SIZE = 50_000;
    private static final BigInteger MAX_LIFETIME_MINUTES = BigInteger.valueOf(12 * 60);
    private static final int SALT_AND_MAC_LENGTH = 16 + 32;
    private static final int SIGNATURE_BASE64_LENGTH = 86;
    private static final BigInteger UINT32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final List<String> REQUIRED = List.of("hs-descriptor", "descriptor-lifetime",
            "descriptor-signing-key-cert", "revision-counter", "superencrypted", "signature");

    static Optional<DescriptorPlaintext> decode(String text, Instant now) {
        if (text.length() >= MAX_SIZE) {
            return Optional.empty();
        }
        List<DescriptorTokens.Token> tokens = DescriptorTokens.tokenize(text).orElse(List.of());
        Map<String, List<DescriptorTokens.Token>> byKeyword = tokens.stream()
                .collect(Collectors.groupingBy(DescriptorTokens.Token::keyword));
        if (tokens.isEmpty() || !tokens.get(0).keyword().equals("hs-descriptor")
                || !tokens.get(tokens.size() - 1).keyword().equals("signature")
                || REQUIRED.stream().anyMatch(k -> byKeyword.getOrDefault(k, List.of()).size() != 1)) {
            return Optional.empty();
        }
        var version = one(byKeyword, "hs-descriptor", false).flatMap(t -> TorLong.parse(t.args().get(0), BigInteger.ZERO, UINT32_MAX));
        var lifetime = one(byKeyword, "descriptor-lifetime", false).flatMap(t -> TorLong.parse(t.args().get(0), BigInteger.ZERO, UINT32_MAX));
        var cert = objectOf(byKeyword, "descriptor-signing-key-cert", "ED25519 CERT")
                .flatMap(body -> SigningKeyCertificate.parseAndValidate(body, now));
        var revision = one(byKeyword, "revision-counter", false).flatMap(t -> TorLong.parse(t.args().get(0), BigInteger.ZERO, UINT64_MAX));
        var superencrypted = objectOf(byKeyword, "superencrypted", "MESSAGE").filter(b -> b.length > SALT_AND_MAC_LENGTH);
        var signature = one(byKeyword, "signature", false).map(t -> t.args().get(0));
        if (version.filter(BigInteger.valueOf(3)::equals).isEmpty() || lifetime.filter(m -> m.compareTo(MAX_LIFETIME_MINUTES) <= 0).isEmpty()
                || cert.isEmpty() || revision.isEmpty() || superencrypted.isEmpty() || signature.isEmpty()
                || !signatureIsValid(text, signature.get(), cert.get().signingKey())) {
            return Optional.empty();
        }
        return Optional.of(new DescriptorPlaintext(cert.get().blindedKey()));
    }

    /** The token, if it has exactly one argument (or none and an object, with {@code object}). */
    private static Optional<DescriptorTokens.Token> one(Map<String, List<DescriptorTokens.Token>> byKeyword, String keyword, boolean object) {
        DescriptorTokens.Token t = byKeyword.get(keyword).get(0);
        boolean ok = object ? t.args().isEmpty() && t.object().isPresent() : t.args().size() == 1 && t.object().isEmpty();
        return ok ? Optional.of(t) : Optional.empty();
    }

    private static Optional<byte[]> objectOf(Map<String, List<DescriptorTokens.Token>> byKeyword, String keyword, String type) {
        return one(byKeyword, keyword, true).flatMap(DescriptorTokens.Token::object)
                .filter(o -> o.type().equals(type)).map(DescriptorTokens.DocumentObject::body);
    }

    /** Signed: the prefix, then the text up to and including the newline before {@code signature }. */
    private static boolean signatureIsValid(String text, String base64, byte[] signingKey) {
        int line = text.indexOf("\nsignature ");
        if (base64.length() != SIGNATURE_BASE64_LENGTH || line < 0) {
            return false;
        }
        byte[] signature;
        try {
            signature = TorBase64.decode(base64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] signed = (DescriptorBuilder.SIGNATURE_PREFIX + text.substring(0, line + 1)).getBytes(StandardCharsets.ISO_8859_1);
        return signature.length == Ed25519.SIGNATURE_LENGTH && Ed25519.verify(signingKey, signed, signature);
    }
}
