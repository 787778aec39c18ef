package org.torconformance.crypto;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A point of edwards25519 in extended homogeneous coordinates (x = X/Z, y = Y/Z, xy = T/Z), with
 * the formulas of RFC 8032 §5.1.4. Plain BigInteger arithmetic, not constant time: this is for
 * deriving and checking keys in a test harness, never for handling real secrets. No equals:
 * equal points have many coordinate representations; compare {@link #encode()} results.
 */
final class EdwardsPoint {
    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    static final BigInteger ORDER =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    static final EdwardsPoint IDENTITY =
            new EdwardsPoint(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

    private static final BigInteger D = BigInteger.valueOf(-121665)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    private static final BigInteger TWO_D = D.shiftLeft(1).mod(P);
    private static final BigInteger SQRT_MINUS_ONE =
            BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final BigInteger ROOT_EXPONENT = P.subtract(BigInteger.valueOf(5)).shiftRight(3);

    static final EdwardsPoint BASE = base();

    private final BigInteger x;
    private final BigInteger y;
    private final BigInteger z;
    private final BigInteger t;

    private EdwardsPoint(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.t = t;
    }

    private static EdwardsPoint base() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        return fromAffine(recoverX(y, false).orElseThrow(), y);
    }

    private static EdwardsPoint fromAffine(BigInteger x, BigInteger y) {
        return new EdwardsPoint(x, y, BigInteger.ONE, x.multiply(y).mod(P));
    }

    /**
     * Decodes 32 bytes as tor's ed25519 code does, which is laxer than RFC 8032: y is reduced
     * modulo p instead of being required to be below p, and x = 0 is accepted with either sign
     * bit. Empty when no x satisfies the curve equation.
     */
    static Optional<EdwardsPoint> decode(byte[] encoded) {
        if (encoded.length != 32) {
            throw new IllegalArgumentException("a point encoding is 32 bytes, got " + encoded.length);
        }
        BigInteger value = LittleEndian.toUnsigned(encoded);
        boolean xOdd = value.testBit(255);
        BigInteger y = value.clearBit(255).mod(P);
        return recoverX(y, xOdd).map(x -> fromAffine(x, y));
    }

    private static Optional<BigInteger> recoverX(BigInteger y, boolean odd) {
        BigInteger ySquared = y.multiply(y).mod(P);
        BigInteger u = ySquared.subtract(BigInteger.ONE).mod(P);
        BigInteger v = D.multiply(ySquared).add(BigInteger.ONE).mod(P);
        BigInteger v3 = v.multiply(v).multiply(v).mod(P);
        BigInteger v7 = v3.multiply(v3).multiply(v).mod(P);
        BigInteger x = u.multiply(v3).multiply(u.multiply(v7).modPow(ROOT_EXPONENT, P)).mod(P);
        BigInteger check = v.multiply(x).multiply(x).mod(P);
        if (!check.equals(u)) {
            if (!check.equals(u.negate().mod(P))) {
                return Optional.empty();
            }
            x = x.multiply(SQRT_MINUS_ONE).mod(P);
        }
        if (x.testBit(0) != odd) {
            x = x.negate().mod(P);
        }
        return Optional.of(x);
    }

    byte[] encode() {
        BigInteger zInverse = z.modInverse(P);
        BigInteger affineX = x.multiply(zInverse).mod(P);
        BigInteger affineY = y.multiply(zInverse).mod(P);
        BigInteger value = affineX.testBit(0) ? affineY.setBit(255) : affineY;
        return LittleEndian.fromUnsigned(value, 32);
    }

    EdwardsPoint add(EdwardsPoint q) {
        BigInteger a = y.subtract(x).multiply(q.y.subtract(q.x)).mod(P);
        BigInteger b = y.add(x).multiply(q.y.add(q.x)).mod(P);
        BigInteger c = t.multiply(TWO_D).multiply(q.t).mod(P);
        BigInteger d = z.shiftLeft(1).multiply(q.z).mod(P);
        BigInteger e = b.subtract(a);
        BigInteger f = d.subtract(c);
        BigInteger g = d.add(c);
        BigInteger h = b.add(a);
        return new EdwardsPoint(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
    }

    EdwardsPoint multiply(BigInteger scalar) {
        if (scalar.signum() < 0) {
            throw new IllegalArgumentException("scalar must not be negative");
        }
        EdwardsPoint result = IDENTITY;
        for (int bit = scalar.bitLength() - 1; bit >= 0; bit--) {
            result = result.add(result);
            if (scalar.testBit(bit)) {
                result = result.add(this);
            }
        }
        return result;
    }

    EdwardsPoint negate() {
        return new EdwardsPoint(x.negate().mod(P), y, z, t.negate().mod(P));
    }

    boolean isIdentity() {
        return x.signum() == 0 && y.equals(z);
    }
}
