package org.torconformance.wire;

import java.util.Arrays;

/**
 * The bytes a decoder has received but not yet framed: a growable window onto the stream, whose
 * first byte is at stream offset {@link #base}. The decoders scan {@link #buf} directly (it is their
 * hot loop); this holds only what they share: growing, finding line ends, dropping what is framed.
 */
final class PendingBytes {
    byte[] buf;
    int len;
    /** Stream offset of buf[0]. */
    long base;
    private final int keptCapacity;

    PendingBytes(int initialCapacity) {
        this.buf = new byte[initialCapacity];
        this.keptCapacity = initialCapacity;
    }

    void append(byte[] bytes, int off, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
        System.arraycopy(bytes, off, buf, len, n);
        len += n;
    }

    /** The first LF at or after {@code from}, or -1. */
    int indexOfLf(int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** True if the line [from, lf] is exactly "." ending in LF or CRLF: a data block's end. */
    boolean isDotLine(int from, int lf) {
        int n = lf - from;
        return (n == 1 && buf[from] == '.') || (n == 2 && buf[from] == '.' && buf[from + 1] == '\r');
    }

    /**
     * Drops buf[0, shift), which the decoder has framed, so memory stays proportional to one pending
     * frame; the caller moves its own indexes down by {@code shift}. A buffer grown past 64 KiB by
     * one large frame shrinks back once it is mostly empty.
     */
    void drop(int shift) {
        if (shift == 0) {
            return;
        }
        System.arraycopy(buf, shift, buf, 0, len - shift);
        len -= shift;
        base += shift;
        if (buf.length > 64 * 1024 && len < buf.length / 4) {
            buf = Arrays.copyOf(buf, Math.max(keptCapacity, len * 2));
        }
    }

    /** Forgets every byte held, counting them as consumed. */
    void skipAll() {
        base += len;
        len = 0;
    }
}
