package org.torconformance.wire;

import java.util.Arrays;

/** A growable byte buffer for encoders; not thread-safe (unlike ByteArrayOutputStream, no locks). */
public final class ByteStringBuilder {
    private byte[] buf;
    private int len;

    public ByteStringBuilder() {
        this(64);
    }

    public ByteStringBuilder(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public ByteStringBuilder append(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    public ByteStringBuilder append(ByteString s) {
        ensure(s.length());
        s.copyTo(buf, len);
        len += s.length();
        return this;
    }

    public ByteStringBuilder append(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    /** Appends chars as Latin-1 bytes; callers pass protocol text (ASCII). */
    public ByteStringBuilder append(String latin1) {
        int n = latin1.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) latin1.charAt(i);
        }
        return this;
    }

    public ByteStringBuilder appendStatus(int status) {
        if (status < 0 || status > 999) {
            throw new IllegalArgumentException("status code must have three digits: " + status);
        }
        ensure(3);
        buf[len++] = (byte) ('0' + status / 100);
        buf[len++] = (byte) ('0' + status / 10 % 10);
        buf[len++] = (byte) ('0' + status % 10);
        return this;
    }

    public ByteStringBuilder crlf() {
        ensure(2);
        buf[len++] = '\r';
        buf[len++] = '\n';
        return this;
    }

    public int length() {
        return len;
    }

    public int at(int i) {
        return buf[i] & 0xFF;
    }

    public void clear() {
        len = 0;
    }

    public ByteString build() {
        return ByteString.wrap(Arrays.copyOf(buf, len));
    }
}
