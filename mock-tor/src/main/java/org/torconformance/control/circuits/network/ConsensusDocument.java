package org.torconformance.control.circuits.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.torconformance.control.addrmap.IsoTimes;

/**
 * The microdescriptor-flavoured consensus a bootstrapped client serves from
 * {@code dir/status-vote/current/consensus-microdesc}, in tor's layout. Digests and signatures are
 * derived from the relays' identities: the document has the right shape, not valid signatures.
 */
final class ConsensusDocument {
    private static final String PROTOCOLS = "Conflux=1 Cons=1-2 Desc=1-4 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4-5 "
            + "HSRend=1-2 Link=3-5 LinkAuth=3 Microdesc=1-3 Padding=2 Relay=2-6";

    private ConsensusDocument() {
    }

    static String write(List<Relay> relays, Instant arrived) {
        Instant validAfter = arrived.truncatedTo(ChronoUnit.HOURS);
        StringBuilder d = new StringBuilder();
        d.append("network-status-version 3 microdesc\n");
        d.append("vote-status consensus\n");
        d.append("consensus-method 35\n");
        d.append("valid-after ").append(IsoTimes.utc(validAfter)).append('\n');
        d.append("fresh-until ").append(IsoTimes.utc(validAfter.plus(Duration.ofHours(1)))).append('\n');
        d.append("valid-until ").append(IsoTimes.utc(validAfter.plus(Duration.ofHours(3)))).append('\n');
        d.append("voting-delay 300 300\n");
        d.append("client-versions 0.4.8.17,0.4.9.11\n");
        d.append("server-versions 0.4.8.17,0.4.9.11\n");
        d.append("known-flags Authority BadExit Exit Fast Guard HSDir MiddleOnly NoEdConsensus Running Stable StaleDesc "
                + "Sybil V2Dir Valid\n");
        d.append("recommended-client-protocols Cons=2 Desc=2 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4 HSRend=2 Link=4-5 "
                + "Microdesc=2 Relay=2-4\n");
        d.append("recommended-relay-protocols Cons=2 Desc=2 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4-5 HSRend=2 "
                + "Link=4-5 LinkAuth=3 Microdesc=2 Relay=2-4\n");
        d.append("required-client-protocols Cons=2 Desc=2 FlowCtrl=1 Link=4 Microdesc=2 Relay=2\n");
        d.append("required-relay-protocols Cons=2 Desc=2 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4-5 HSRend=2 Link=4-5 "
                + "LinkAuth=3 Microdesc=2 Relay=2-4\n");
        List<Relay> authorities = relays.stream().filter(r -> r.hasFlag("Authority")).toList();
        for (Relay a : authorities) {
            d.append("dir-source ").append(a.nickname()).append(' ').append(hex(a, "v3ident")).append(' ')
                    .append(a.address()).append(' ').append(a.address()).append(' ').append(a.dirPort()).append(' ')
                    .append(a.orPort()).append('\n');
            d.append("contact ").append(a.nickname()).append("@example.invalid\n");
            d.append("vote-digest ").append(hex(a, "vote")).append('\n');
        }
        for (Relay r : relays) {
            d.append("r ").append(r.nickname()).append(' ').append(r.identity().base64()).append(' ')
                    .append(RouterStatusFormat.MICRODESC_PUBLISHED).append(' ').append(r.address()).append(' ')
                    .append(r.orPort()).append(' ').append(r.dirPort()).append('\n');
            d.append("m ").append(MicrodescriptorText.digest(r.microdescriptor())).append('\n');
            d.append("s ").append(String.join(" ", r.flags())).append('\n');
            d.append("v Tor 0.4.9.11\n");
            d.append("pr ").append(PROTOCOLS).append('\n');
            d.append("w Bandwidth=").append(r.bandwidth()).append('\n');
        }
        d.append("directory-footer\n");
        d.append("bandwidth-weights Wbd=0 Wbe=0 Wbg=4131 Wbm=10000 Wdb=10000 Web=10000 Wed=10000 Wee=10000 Weg=10000 "
                + "Wem=10000 Wgb=10000 Wgd=0 Wgg=5869 Wgm=5869 Wmb=10000 Wmd=0 Wme=0 Wmg=4131 Wmm=10000\n");
        for (Relay a : authorities) {
            d.append("directory-signature sha256 ").append(hex(a, "v3ident")).append(' ').append(hex(a, "signing"))
                    .append('\n');
            d.append("-----BEGIN SIGNATURE-----\n");
            String sig = Base64.getEncoder().encodeToString(bytes(a, "signature", 256));
            for (int i = 0; i < sig.length(); i += 64) {
                d.append(sig, i, Math.min(sig.length(), i + 64)).append('\n');
            }
            d.append("-----END SIGNATURE-----\n");
        }
        return d.toString();
    }

    private static String hex(Relay r, String label) {
        return HexFormat.of().withUpperCase().formatHex(bytes(r, label, 20));
    }

    private static byte[] bytes(Relay r, String label, int n) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] out = new byte[n];
            byte[] block = (label + r.identity().hex()).getBytes(StandardCharsets.US_ASCII);
            for (int off = 0; off < n; off += 32) {
                block = sha.digest(block);
                System.arraycopy(block, 0, out, off, Math.min(32, n - off));
            }
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
