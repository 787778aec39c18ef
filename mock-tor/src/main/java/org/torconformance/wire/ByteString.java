package org.torconformance.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable run of bytes. The control protocol is defined on bytes, not characters: tor echoes
 * arbitrary 8-bit input back, so every wire value in this package is a ByteString.
 *
 * <p>{@link #toString()} renders the bytes the way tor's {@code esc_for_log} would (without the
 * quotes), so that CR, non-ASCII and control bytes stay visible in test failures.
 */
public final class ByteString implements Comparable<ByteString> {
    public static final ByteString EMPTY = new ByteString(new byte[0]);

    private final byte[] bytes;
    private int hash;

    private ByteString(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies {@code bytes}. */
    public static ByteString of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new ByteString(bytes.clone());
    }

    /** Copies {@code length} bytes of {@code bytes} from {@code offset}. */
    public static ByteString of(byte[] bytes, int offset, int length) {
        return length == 0 ? EMPTY : new ByteString(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Takes ownership of {@code bytes}: the caller must not change the array afterwards. */
    static ByteString wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new ByteString(bytes);
    }

    /** One byte per char; chars above U+00FF are rejected, so the mapping is lossless both ways. */
    public static ByteString latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("not a Latin-1 string (char " + (int) s.charAt(i) + " at " + i + ")");
            }
        }
        return wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static ByteString utf8(String s) {
        return wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    public static ByteString concat(ByteString... parts) {
        int n = 0;
        for (ByteString p : parts) {
            n += p.bytes.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (ByteString p : parts) {
            System.arraycopy(p.bytes, 0, out, at, p.bytes.length);
            at += p.bytes.length;
        }
        return wrap(out);
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The byte at {@code i} as an unsigned value 0..255. */
    public int at(int i) {
        return bytes[i] & 0xFF;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Writes the bytes into {@code out}; avoids a copy on hot paths. */
    public void copyTo(byte[] out, int offset) {
        System.arraycopy(bytes, 0, out, offset, bytes.length);
    }

    public ByteString slice(int from, int to) {
        if (from == 0 && to == bytes.length) {
            return this;
        }
        return of(bytes, from, to - from);
    }

    public ByteString slice(int from) {
        return slice(from, bytes.length);
    }

    public int indexOf(int b) {
        return indexOf(b, 0);
    }

    public int indexOf(int b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == (byte) b) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(int b) {
        return indexOf(b) >= 0;
    }

    public boolean startsWith(ByteString prefix) {
        return prefix.bytes.length <= bytes.length
                && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
    }

    public boolean startsWith(String asciiPrefix) {
        return startsWith(latin1(asciiPrefix));
    }

    /** Case-insensitive for ASCII letters only, as tor's {@code strcasecmp}. */
    public boolean equalsIgnoreCase(String ascii) {
        if (ascii.length() != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (Ascii.lower(bytes[i] & 0xFF) != Ascii.lower(ascii.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(String latin1) {
        if (latin1.length() != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) != latin1.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Lossless: one char per byte. */
    public String latin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Lossy for invalid UTF-8 (replacement characters); for display only. */
    public String utf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public String toUpperAscii() {
        byte[] upper = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            upper[i] = (byte) Ascii.upper(bytes[i] & 0xFF);
        }
        return new String(upper, StandardCharsets.ISO_8859_1);
    }

    public boolean isValidUtf8() {
        return Utf8.isValid(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteString other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(ByteString o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        String quoted = EscForLog.escape(this).latin1();
        return quoted.substring(1, quoted.length() - 1);
    }
}
