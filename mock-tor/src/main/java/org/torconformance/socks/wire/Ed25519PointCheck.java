package org.torconformance.socks.wire;

import java.math.BigInteger;

/**
 * Tor's {@code ed25519_validate_pubkey}: the encoding is not the identity, it decodes to a curve point, and
 * multiplying that point by the group order gives the identity (no small-order component). Affine
 * arithmetic with BigInteger: slow but only run once per onion request.
 */
final class Ed25519PointCheck {
    private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger SQRT_MINUS_ONE = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final BigInteger ORDER = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private Ed25519PointCheck() {
    }

    static boolean isTorsionFreeNonIdentity(byte[] encoded) {
        if (isIdentityEncoding(encoded)) {
            return false;
        }
        BigInteger[] point = decode(encoded);
        if (point == null) {
            return false;
        }
        BigInteger[] product = multiply(point, ORDER);
        return product[0].signum() == 0 && product[1].equals(BigInteger.ONE);
    }

    private static boolean isIdentityEncoding(byte[] encoded) {
        if (encoded[0] != 1) {
            return false;
        }
        for (int i = 1; i < 32; i++) {
            if (encoded[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Like ed25519-donna: y is the low 255 bits taken mod p; only a missing square root fails. */
    private static BigInteger[] decode(byte[] encoded) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoded[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        BigInteger y = new BigInteger(1, bigEndian).mod(P);
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger candidate = u.multiply(v.modInverse(P)).mod(P)
                .modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        BigInteger check = candidate.multiply(candidate).multiply(v).mod(P);
        if (!check.equals(u)) {
            if (!check.equals(u.negate().mod(P))) {
                return null;
            }
            candidate = candidate.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (candidate.testBit(0) != xOdd) {
            candidate = candidate.negate().mod(P);
        }
        return new BigInteger[] {candidate, y};
    }

    private static BigInteger[] multiply(BigInteger[] point, BigInteger scalar) {
        BigInteger[] result = {BigInteger.ZERO, BigInteger.ONE};
        for (int bit = scalar.bitLength() - 1; bit >= 0; bit--) {
            result = add(result, result);
            if (scalar.testBit(bit)) {
                result = add(result, point);
            }
        }
        return result;
    }

    /** The complete twisted Edwards addition law for a = -1. */
    private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
        BigInteger x1y2 = a[0].multiply(b[1]);
        BigInteger y1x2 = a[1].multiply(b[0]);
        BigInteger x1x2 = a[0].multiply(b[0]);
        BigInteger y1y2 = a[1].multiply(b[1]);
        BigInteger dxy = D.multiply(x1x2).multiply(y1y2).mod(P);
        BigInteger x3 = x1y2.add(y1x2).multiply(BigInteger.ONE.add(dxy).modInverse(P)).mod(P);
        BigInteger y3 = y1y2.add(x1x2).multiply(BigInteger.ONE.subtract(dxy).mod(P).modInverse(P)).mod(P);
        return new BigInteger[] {x3, y3};
    }
}
