package org.torconformance.control.info;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.torconformance.wire.Ascii;

/**
 * Tor's GeoIP files ({@code GeoIPFile}, {@code GeoIPv6File}): lines {@code start,end,CC} of IPv4
 * ranges as integers or IPv6 ranges as addresses, sorted. A lookup gives the lower-case country
 * code, or {@code ??} for an address in no range. Files are read once per JVM.
 */
final class GeoIpDatabase {
    private static final Map<Path, CompletableFuture<Optional<GeoIpDatabase>>> LOADED = new ConcurrentHashMap<>();
    /** Country codes by their two lower-cased bytes, so 660,000 ranges share ~250 Strings. */
    private static final String[] CODES = new String[1 << 16];
    private static final Executor READER = task -> {
        Thread t = new Thread(task, "geoip-reader");
        t.setDaemon(true);
        t.start();
    };

    /** Range starts and ends as unsigned 128-bit numbers (two longs each); IPv4 uses the low half. */
    private final long[] startHigh;
    private final long[] startLow;
    private final long[] endHigh;
    private final long[] endLow;
    private final String[] country;

    private GeoIpDatabase(Ranges r) {
        startHigh = Arrays.copyOf(r.startHigh, r.size);
        startLow = Arrays.copyOf(r.startLow, r.size);
        endHigh = Arrays.copyOf(r.endHigh, r.size);
        endLow = Arrays.copyOf(r.endLow, r.size);
        country = Arrays.copyOf(r.country, r.size);
    }

    /**
     * Starts reading {@code file} in the background, as tor reads its GeoIP files at start-up,
     * so that the first lookup does not stall the reactor for the second a big file takes.
     */
    static void preload(Path file) {
        loading(file);
    }

    /** The database in {@code file}, or empty when it cannot be read (tor then says the data is not loaded). */
    static Optional<GeoIpDatabase> load(Path file) {
        return loading(file).join();
    }

    private static CompletableFuture<Optional<GeoIpDatabase>> loading(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath(), f -> CompletableFuture.supplyAsync(() -> read(f), READER));
    }

    /**
     * Parses the file's bytes in place: the two files hold 25 MB of lines, and a String per field made
     * the standalone mock's heap grow past 500 MB at start-up. A bound too large for a long, like any
     * other malformed line, is skipped (it used to fail the whole load).
     */
    private static Optional<GeoIpDatabase> read(Path file) {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        Ranges ranges = new Ranges();
        long[] start = new long[2];
        long[] end = new long[2];
        int lineStart = 0;
        while (lineStart < b.length) {
            int lineEnd = lineStart;
            while (lineEnd < b.length && b[lineEnd] != '\n') {
                lineEnd++;
            }
            int c1 = indexOf(b, ',', lineStart, lineEnd);
            int c2 = c1 < 0 ? -1 : indexOf(b, ',', c1 + 1, lineEnd);
            // As String.split(","): exactly three fields, the last one not empty.
            boolean threeFields = c2 >= 0 && c2 + 1 < lineEnd && indexOf(b, ',', c2 + 1, lineEnd) < 0;
            if (b[lineStart] != '#' && threeFields && number(b, lineStart, c1, start) && number(b, c1 + 1, c2, end)) {
                ranges.add(start, end, countryCode(b, c2 + 1, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return ranges.size == 0 ? Optional.empty() : Optional.of(new GeoIpDatabase(ranges));
    }

    /** An IPv4 range bound is a decimal integer, an IPv6 one an address; {@code out} gets it as two longs. */
    private static boolean number(byte[] b, int from, int to, long[] out) {
        while (from < to && Ascii.isSpace(b[from] & 0xFF)) {
            from++;
        }
        while (to > from && Ascii.isSpace(b[to - 1] & 0xFF)) {
            to--;
        }
        if (from == to) {
            return false;
        }
        long v = 0;
        int i = from;
        while (i < to && b[i] >= '0' && b[i] <= '9' && v <= (Long.MAX_VALUE - 9) / 10) {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        if (i == to) {
            out[0] = 0;
            out[1] = v;
            return true;
        }
        Optional<byte[]> address = IpLiteral.ipv6(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (address.isEmpty()) {
            return false;
        }
        long[] x = toLongs(address.get());
        out[0] = x[0];
        out[1] = x[1];
        return true;
    }

    /** The code, lower-cased; a two-letter one (every code tor ships) as one shared String. */
    private static String countryCode(byte[] b, int from, int to) {
        while (from < to && Ascii.isSpace(b[from] & 0xFF)) {
            from++;
        }
        while (to > from && Ascii.isSpace(b[to - 1] & 0xFF)) {
            to--;
        }
        if (to - from != 2) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        }
        int key = Ascii.lower(b[from] & 0xFF) << 8 | Ascii.lower(b[from + 1] & 0xFF);
        synchronized (CODES) {
            if (CODES[key] == null) {
                CODES[key] = new String(new byte[] {(byte) (key >> 8), (byte) key}, StandardCharsets.ISO_8859_1);
            }
            return CODES[key];
        }
    }


    private static int indexOf(byte[] b, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }


    /** Growing columns of parsed ranges. */
    private static final class Ranges {
        long[] startHigh = new long[1024];
        long[] startLow = new long[1024];
        long[] endHigh = new long[1024];
        long[] endLow = new long[1024];
        String[] country = new String[1024];
        int size;

        void add(long[] start, long[] end, String code) {
            if (size == country.length) {
                int n = size * 2;
                startHigh = Arrays.copyOf(startHigh, n);
                startLow = Arrays.copyOf(startLow, n);
                endHigh = Arrays.copyOf(endHigh, n);
                endLow = Arrays.copyOf(endLow, n);
                country = Arrays.copyOf(country, n);
            }
            startHigh[size] = start[0];
            startLow[size] = start[1];
            endHigh[size] = end[0];
            endLow[size] = end[1];
            country[size] = code;
            size++;
        }
    }

    static long[] toLongs(byte[] address) {
        byte[] a = new byte[16];
        System.arraycopy(address, 0, a, 16 - address.length, address.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (a[i] & 0xFF);
            low = (low << 8) | (a[i + 8] & 0xFF);
        }
        return new long[] {high, low};
    }

    String country(byte[] address) {
        long[] x = toLongs(address);
        int lo = 0;
        int hi = country.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(x[0], x[1], startHigh[mid], startLow[mid]) < 0) {
                hi = mid - 1;
            } else if (compare(x[0], x[1], endHigh[mid], endLow[mid]) > 0) {
                lo = mid + 1;
            } else {
                return country[mid];
            }
        }
        return "??";
    }

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int c = Long.compareUnsigned(aHigh, bHigh);
        return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
    }
}
