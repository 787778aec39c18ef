package org.torconformance.control.circuits.network;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import org.torconformance.control.addrmap.IpAddress;

/**
 * Reads enough of a router descriptor to decide what POSTDESCRIPTOR does with it: the keywords
 * tor requires, the identity (SHA-1 of the signing key), a {@code fingerprint} line that matches it,
 * and the RSA {@code router-signature} over SHA-1 of everything from {@code router } through
 * {@code router-signature\n}. The Ed25519 certificate chain is not checked.
 */
public final class ServerDescriptorParser {
    private static final Pattern ROUTER = Pattern.compile("router ([A-Za-z0-9]{1,19}) (\\S+) (\\d{1,5}) (\\d{1,5}) (\\d{1,5})");
    private static final Pattern PUBLISHED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final List<String> REQUIRED = List.of("router", "bandwidth", "published", "signing-key",
            "ntor-onion-key", "router-signature");

    private ServerDescriptorParser() {
    }

    /** The descriptor, or empty when tor would answer {@code 554 Couldn't parse router descriptor.} */
    public static Optional<ServerDescriptor> parse(String body, String purpose) {
        String text = body.replace("\r\n", "\n");
        if (!text.startsWith("router ")) {
            return Optional.empty();
        }
        Map<String, String> firstLine = new HashMap<>();
        Map<String, String> objects = new HashMap<>();
        String[] lines = text.split("\n", -1);
        String pendingObjectKeyword = null;
        StringBuilder object = null;
        for (String line : lines) {
            if (object != null) {
                object.append(line).append('\n');
                if (line.startsWith("-----END ")) {
                    objects.put(pendingObjectKeyword, object.toString());
                    object = null;
                }
                continue;
            }
            if (line.startsWith("-----BEGIN ")) {
                object = new StringBuilder(line).append('\n');
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            int sp = line.indexOf(' ');
            String keyword = sp < 0 ? line : line.substring(0, sp);
            if (firstLine.containsKey(keyword) && REQUIRED.contains(keyword)) {
                return Optional.empty();
            }
            firstLine.put(keyword, line);
            pendingObjectKeyword = keyword;
        }
        if (object != null || !REQUIRED.stream().allMatch(firstLine::containsKey)) {
            return Optional.empty();
        }
        Matcher router = ROUTER.matcher(firstLine.get("router"));
        String published = firstLine.get("published").substring("published".length()).trim();
        String[] bandwidth = firstLine.get("bandwidth").split(" ");
        if (!router.matches() || IpAddress.parseIpv4(router.group(2)).isEmpty() || !PUBLISHED.matcher(published).matches()
                || bandwidth.length != 4 || !Arrays.stream(bandwidth, 1, 4).allMatch(s -> s.matches("\\d{1,10}"))) {
            return Optional.empty();
        }
        try {
            byte[] signingKey = pemBody(objects.get("signing-key"));
            Fingerprint identity = new Fingerprint(MessageDigest.getInstance("SHA-1").digest(signingKey));
            if (firstLine.containsKey("fingerprint")) {
                String fp = firstLine.get("fingerprint").substring("fingerprint".length()).replace(" ", "");
                if (!fp.equalsIgnoreCase(identity.hex())) {
                    return Optional.empty();
                }
            }
            int signedEnd = text.indexOf("\nrouter-signature\n");
            if (signedEnd < 0) {
                return Optional.empty();
            }
            byte[] signed = text.substring(0, signedEnd + "\nrouter-signature\n".length()).getBytes(StandardCharsets.ISO_8859_1);
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(signed);
            byte[] signature = pemBody(objects.get("router-signature"));
            if (!Arrays.equals(digest, recoverDigest(signingKey, signature))) {
                return Optional.empty();
            }
            long bandwidthKb = Long.parseLong(bandwidth[1]) / 1000;
            return Optional.of(new ServerDescriptor(router.group(1), identity, router.group(2),
                    Integer.parseInt(router.group(3)), Integer.parseInt(router.group(5)), published, bandwidthKb,
                    digest, text, purpose));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] pemBody(String pem) {
        String[] lines = pem.split("\n");
        StringBuilder b64 = new StringBuilder();
        for (int i = 1; i < lines.length - 1; i++) {
            b64.append(lines[i]);
        }
        return Base64.getDecoder().decode(b64.toString());
    }

    /** Tor's {@code crypto_pk_public_checksig}: RSA public-key decryption with PKCS#1 v1.5 padding, no DigestInfo. */
    private static byte[] recoverDigest(byte[] pkcs1PublicKey, byte[] signature) throws GeneralSecurityException {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.DECRYPT_MODE, publicKey(pkcs1PublicKey));
        return rsa.doFinal(signature);
    }

    /** A PKCS#1 {@code RSAPublicKey}: SEQUENCE { INTEGER modulus, INTEGER exponent }. */
    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        int[] pos = {0};
        expect(der, pos, 0x30);
        readLength(der, pos);
        BigInteger modulus = readInteger(der, pos);
        BigInteger exponent = readInteger(der, pos);
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private static BigInteger readInteger(byte[] der, int[] pos) {
        expect(der, pos, 0x02);
        int len = readLength(der, pos);
        BigInteger v = new BigInteger(1, Arrays.copyOfRange(der, pos[0], pos[0] + len));
        pos[0] += len;
        return v;
    }

    private static void expect(byte[] der, int[] pos, int tag) {
        if ((der[pos[0]++] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER tag");
        }
    }

    private static int readLength(byte[] der, int[] pos) {
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int len = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            len = (len << 8) | (der[pos[0]++] & 0xff);
        }
        return len;
    }
}
